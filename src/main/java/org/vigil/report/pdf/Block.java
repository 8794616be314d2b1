package org.vigil.report.pdf;

import java.io.IOException;

/** A vector drawing placed in the flow; moves to the next page when it does not fit. */
public interface Block {

    /** Returns the height the block needs when drawn at the given width. */
    float height(float width);

    /** Draws the block with its top edge at top, in PDF user space (y grows upwards). */
    void draw(Canvas canvas, float x, float top, float width) throws IOException;
}

package org.vigil.report.pdf;

import java.awt.Color;

/** A table cell: its text, an optional background fill and whether it is bold. */
public record Cell(String text, Color fill, boolean bold) {

    /** Normalises missing text to an empty one; fill may stay null. */
    public Cell {
        text = text == null ? "" : text;
    }

    /** Returns a plain cell with the text. */
    public static Cell of(String text) {
        return new Cell(text, null, false);
    }
}

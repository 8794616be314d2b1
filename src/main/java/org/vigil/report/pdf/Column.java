package org.vigil.report.pdf;

/** A table column: header text, share of the table width and alignment. */
public record Column(String header, float weight, Align align) {

    /** Normalises a missing header to an empty one and a missing alignment to left. */
    public Column {
        header = header == null ? "" : header;
        align = align == null ? Align.LEFT : align;
    }
}

package org.vigil.report.pdf;

import java.util.List;

/** A table of columns and rows of cells; the header row repeats on every page it spans. */
public record Table(List<Column> columns, List<List<Cell>> rows) {

    /** Normalises missing lists to empty ones. */
    public Table {
        columns = columns == null ? List.of()
                : columns.stream().map(c -> c == null ? new Column("", 1, Align.LEFT) : c).toList();
        rows = rows == null ? List.of() : rows;
    }
}

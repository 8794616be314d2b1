package org.vigil.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Lays a table into the flow row by row, repeating the header on each page it reaches. */
final class TableLayout {

    private static final float PAD = 4;

    private final Flow flow;
    private final Table table;
    private final float size;
    private final float[] widths;
    private final List<TextBox> header;
    private List<TextBox> firstRow;

    TableLayout(Flow flow, Table table) {
        this.flow = flow;
        this.table = table;
        this.size = flow.style().bodySize() * 0.9f;
        this.widths = widths(table.columns(), flow.width());
        this.header = headerBoxes();
    }

    /** Returns the height of the header and the first row, which must share a page. */
    float firstPiece() {
        if (widths.length == 0) {
            return 0;
        }
        float first = table.rows().isEmpty() ? 0 : height(rowBoxes(0));
        return height(header) + first;
    }

    void draw() throws IOException {
        if (widths.length == 0) {
            return;
        }
        drawHeader();
        for (int row = 0; row < table.rows().size(); row++) {
            drawRow(row, rowBoxes(row));
        }
    }

    private void drawRow(int row, List<TextBox> boxes) throws IOException {
        int lines = lineCount(boxes);
        if (height(boxes) <= flow.remaining()) {
            drawSlice(row, boxes, 0, lines);
        } else if (height(boxes) <= flow.pageHeight() - height(header)) {
            continueOnNewPage();
            drawSlice(row, boxes, 0, lines);
        } else {
            drawSplit(row, boxes, lines);
        }
    }

    /** Splits a row taller than a page over as many pages as it needs. */
    private void drawSplit(int row, List<TextBox> boxes, int lines) throws IOException {
        int from = 0;
        while (from < lines) {
            int fit = (int) Math.floor((flow.remaining() - 2 * PAD) / leading());
            if (fit < 1 && !justBelowHeader()) {
                continueOnNewPage();
                continue;
            }
            // On a page too short for even one line, overrun it rather than loop forever.
            fit = Math.max(fit, 1);
            int to = Math.min(lines, from + fit);
            drawSlice(row, boxes, from, to);
            from = to;
            if (from < lines) {
                continueOnNewPage();
            }
        }
    }

    private boolean justBelowHeader() {
        return flow.y() >= flow.top() - height(header) - 0.01f;
    }

    private void continueOnNewPage() throws IOException {
        flow.newPage();
        drawHeader();
    }

    private void drawHeader() throws IOException {
        Canvas canvas = flow.canvas();
        float top = flow.y();
        float height = height(header);
        canvas.fill(flow.left(), top - height, flow.width(), height, flow.style().headerFill());
        drawCells(header, 0, lineCount(header), top);
        canvas.line(flow.left(), top - height, flow.left() + flow.width(), top - height,
                flow.style().muted(), 0.75f, false);
        flow.down(height);
    }

    private void drawSlice(int row, List<TextBox> boxes, int from, int to) throws IOException {
        Canvas canvas = flow.canvas();
        float top = flow.y();
        float height = (to - from) * leading() + 2 * PAD;
        if (row % 2 == 1) {
            canvas.fill(flow.left(), top - height, flow.width(), height, flow.style().zebraFill());
        }
        fillCells(row, top, height);
        drawCells(boxes, from, to, top);
        canvas.line(flow.left(), top - height, flow.left() + flow.width(), top - height,
                flow.style().rule(), 0.4f, false);
        flow.down(height);
    }

    private void fillCells(int row, float top, float height) throws IOException {
        float x = flow.left();
        for (int column = 0; column < widths.length; column++) {
            Color fill = cell(row, column).fill();
            if (fill != null) {
                flow.canvas().fill(x, top - height, widths[column], height, fill);
            }
            x += widths[column];
        }
    }

    private void drawCells(List<TextBox> boxes, int from, int to, float top) throws IOException {
        float x = flow.left();
        for (int column = 0; column < widths.length; column++) {
            TextBox box = boxes.get(column);
            Align align = table.columns().get(column).align();
            for (int line = from; line < Math.min(to, box.lines().size()); line++) {
                float lineTop = top - PAD - (line - from) * leading();
                box.draw(flow.canvas(), line, x + PAD, lineTop, widths[column] - 2 * PAD, align);
            }
            x += widths[column];
        }
    }

    private List<TextBox> headerBoxes() {
        List<TextBox> boxes = new ArrayList<>();
        for (int column = 0; column < widths.length; column++) {
            String text = table.columns().get(column).header();
            boxes.add(box(text, true, flow.style().text(), column));
        }
        return boxes;
    }

    private List<TextBox> rowBoxes(int row) {
        if (row == 0 && firstRow != null) {
            return firstRow;
        }
        List<TextBox> boxes = new ArrayList<>();
        for (int column = 0; column < widths.length; column++) {
            Cell cell = cell(row, column);
            Color colour = Charts.textOn(cell.fill(), flow.style().text());
            boxes.add(box(cell.text(), cell.bold(), colour, column));
        }
        if (row == 0) {
            firstRow = boxes;
        }
        return boxes;
    }

    private TextBox box(String text, boolean bold, Color colour, int column) {
        return TextBox.wrap(flow.fontSet(), text, size, bold, colour, widths[column] - 2 * PAD);
    }

    private Cell cell(int row, int column) {
        List<Cell> cells = table.rows().get(row);
        Cell cell = cells == null || column >= cells.size() ? null : cells.get(column);
        return cell == null ? Cell.of("") : cell;
    }

    private float height(List<TextBox> boxes) {
        return lineCount(boxes) * leading() + 2 * PAD;
    }

    private int lineCount(List<TextBox> boxes) {
        int lines = 1;
        for (TextBox box : boxes) {
            lines = Math.max(lines, box.lines().size());
        }
        return lines;
    }

    private float leading() {
        return size * 1.35f;
    }

    private static float[] widths(List<Column> columns, float total) {
        float sum = 0;
        for (Column column : columns) {
            sum += weight(column);
        }
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = total * weight(columns.get(i)) / sum;
        }
        return widths;
    }

    private static float weight(Column column) {
        return column == null || !(column.weight() > 0) ? 1 : column.weight();
    }
}

package org.vigil.report.pdf;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Lays label and value pairs into two columns, each pair kept on one page. */
final class DefinitionLayout {

    private static final float GAP = 12;
    private static final float PAD = 3;

    private final Flow flow;
    private final List<Map.Entry<String, String>> rows;
    private final float size;
    private final float labelWidth;

    DefinitionLayout(Flow flow, List<Map.Entry<String, String>> rows) {
        this.flow = flow;
        this.rows = rows;
        this.size = flow.style().bodySize();
        this.labelWidth = labelWidth();
    }

    float firstPiece() {
        return rows.isEmpty() ? 0 : height(label(0), value(0));
    }

    void draw() throws IOException {
        for (int row = 0; row < rows.size(); row++) {
            TextBox label = label(row);
            TextBox value = value(row);
            float height = height(label, value);
            flow.ensure(height);
            float top = flow.y() - PAD;
            drawColumn(label, flow.left(), top, labelWidth);
            drawColumn(value, flow.left() + labelWidth + GAP, top, valueWidth());
            float bottom = flow.y() - height;
            flow.canvas().line(flow.left(), bottom, flow.left() + flow.width(), bottom,
                    flow.style().rule(), 0.4f, false);
            flow.down(height);
        }
    }

    private void drawColumn(TextBox box, float x, float top, float width) throws IOException {
        for (int line = 0; line < box.lines().size(); line++) {
            float lineTop = top - line * box.lineHeight();
            box.draw(flow.canvas(), line, x, lineTop, width, Align.LEFT);
        }
    }

    private TextBox label(int row) {
        return TextBox.wrap(flow.fontSet(), key(row), size, true, flow.style().muted(), labelWidth);
    }

    private TextBox value(int row) {
        String text = value(rows.get(row));
        return TextBox.wrap(flow.fontSet(), text, size, false, flow.style().text(), valueWidth());
    }

    private float height(TextBox label, TextBox value) {
        int lines = Math.max(1, Math.max(label.lines().size(), value.lines().size()));
        return lines * label.lineHeight() + 2 * PAD;
    }

    private float valueWidth() {
        return flow.width() - labelWidth - GAP;
    }

    private float labelWidth() {
        float widest = 0;
        for (int row = 0; row < rows.size(); row++) {
            widest = Math.max(widest, flow.fontSet().width(key(row), size, true));
        }
        return Math.min(widest + 1, flow.width() * 0.35f);
    }

    private String key(int row) {
        Map.Entry<String, String> entry = rows.get(row);
        return entry == null || entry.getKey() == null ? "" : entry.getKey();
    }

    private static String value(Map.Entry<String, String> entry) {
        return entry == null || entry.getValue() == null ? "" : entry.getValue();
    }
}

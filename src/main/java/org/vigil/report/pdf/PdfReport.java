package org.vigil.report.pdf;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jboss.logging.Logger;

/** A report document built top to bottom and finished as PDF/A-2b bytes. */
public final class PdfReport implements Closeable {

    private static final Logger LOG = Logger.getLogger(PdfReport.class);

    private final PdfStyle style;
    private final PdfMetadata metadata;
    private final PDDocument document;
    private final EmbeddedFonts fonts;
    private final Flow flow;
    private final Fingerprint fingerprint = new Fingerprint();
    private final List<Heading> headings = new ArrayList<>();
    private byte[] finished;

    /** Starts a document with one empty page; fonts are embedded only once text needs them. */
    public PdfReport(FontSet fonts, PdfStyle style, PdfMetadata metadata) throws IOException {
        Objects.requireNonNull(fonts, "fonts");
        this.style = Objects.requireNonNull(style, "style");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.document = new PDDocument();
        try {
            this.fonts = new EmbeddedFonts(fonts, document);
            this.flow = new Flow(document, this.fonts, style);
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
        remember(style);
        remember(metadata);
    }

    /** Adds a heading of level 1 to 3, kept on the same page as what follows it. */
    public void heading(int level, String text) throws IOException {
        open();
        int clamped = Math.max(1, Math.min(3, level));
        fingerprint.add("heading").add(clamped).add(text);
        float body = style.bodySize();
        float size = body * new float[] {1.7f, 1.3f, 1.1f}[clamped - 1];
        Color colour = clamped == 1 ? style.accent() : style.text();
        TextBox box = TextBox.wrap(flow.fontSet(), text, size, true, colour, flow.width());
        if (!box.isEmpty()) {
            headings.add(new Heading(box, body * (2.2f - 0.4f * clamped), body * 0.5f));
        }
    }

    /** Adds body text, wrapped to the page width; a newline starts a new line. */
    public void paragraph(String text) throws IOException {
        open();
        fingerprint.add("paragraph").add(text);
        prose(text, style.bodySize(), style.text());
    }

    /** Adds smaller text in the muted colour, for remarks and sources. */
    public void note(String text) throws IOException {
        open();
        fingerprint.add("note").add(text);
        prose(text, style.bodySize() * 0.85f, style.muted());
    }

    /** Adds label and value pairs in two columns, as on a cover page. */
    public void definitions(List<Map.Entry<String, String>> rows) throws IOException {
        open();
        fingerprint.add("definitions");
        if (rows == null || rows.isEmpty()) {
            return;
        }
        rows.forEach(row -> fingerprint.add(row == null ? "" : row.getKey())
                .add(row == null ? "" : row.getValue()));
        DefinitionLayout layout = new DefinitionLayout(flow, rows);
        placeHeadings(layout.firstPiece());
        layout.draw();
        flow.gap(style.bodySize() * 0.8f);
    }

    /** Adds a table; rows stay whole where they can and the header repeats on each page. */
    public void table(Table table) throws IOException {
        open();
        fingerprint.add("table");
        if (table == null) {
            return;
        }
        remember(table);
        TableLayout layout = new TableLayout(flow, table);
        placeHeadings(layout.firstPiece());
        layout.draw();
        flow.gap(style.bodySize() * 0.8f);
    }

    /** Adds a vector drawing, on the next page when it does not fit on this one. */
    public void block(Block block) throws IOException {
        open();
        fingerprint.add("block");
        if (block == null) {
            return;
        }
        float height = block.height(flow.width());
        fingerprint.add(block.getClass().getName()).add(height);
        if (!(height > 0)) {
            return;
        }
        placeHeadings(height);
        if (height > flow.remaining()) {
            LOG.warnf("A %s taller than a page overruns the bottom margin",
                    block.getClass().getSimpleName());
        }
        Canvas canvas = flow.canvas();
        canvas.recordInto(fingerprint.digest());
        try {
            block.draw(canvas, flow.left(), flow.y(), flow.width());
        } finally {
            canvas.recordInto(null);
        }
        flow.down(height);
        flow.gap(style.bodySize() * 0.8f);
    }

    /** Adds a PNG image scaled to the width in points, or to the page where it is larger. */
    public void image(byte[] png, float width) throws IOException {
        open();
        fingerprint.add("image").add(png).add(width);
        if (png == null || png.length == 0) {
            return;
        }
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
        if (picture == null) {
            throw new IOException("Image bytes are not a readable PNG");
        }
        PDImageXObject image = LosslessFactory.createFromImage(document, picture);
        float shown = width > 0 ? Math.min(width, flow.width()) : flow.width();
        float height = shown * picture.getHeight() / picture.getWidth();
        if (height > flow.pageHeight()) {
            shown *= flow.pageHeight() / height;
            height = flow.pageHeight();
        }
        placeHeadings(height);
        flow.canvas().stream().drawImage(image, flow.left(), flow.y() - height, shown, height);
        flow.down(height);
        flow.gap(style.bodySize() * 0.8f);
    }

    /** Adds vertical space, or starts a new page when less than that is left. */
    public void spacer(float points) throws IOException {
        open();
        fingerprint.add("spacer").add(points);
        if (!(points > 0)) {
            return;
        }
        if (!headings.isEmpty()) {
            Heading last = headings.remove(headings.size() - 1);
            headings.add(new Heading(last.text(), last.before(), last.after() + points));
        } else if (points > flow.remaining()) {
            flow.newPage();
        } else {
            flow.down(points);
        }
    }

    /** Continues on a new page, unless the current one is still empty. */
    public void pageBreak() throws IOException {
        open();
        fingerprint.add("pageBreak");
        placeHeadings(0);
        if (!flow.atTop()) {
            flow.newPage();
        }
    }

    /** Returns the number of pages so far. */
    public int pageCount() {
        return flow.pages();
    }

    /** Writes footers, metadata, the output intent and the /ID, and returns the saved file. */
    public byte[] toBytes() throws IOException {
        if (finished == null) {
            placeHeadings(0);
            flow.close();
            writeFooters();
            Archive.apply(document, metadata, fingerprint.id());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            finished = out.toByteArray();
            LOG.debugf("Report written with %d pages in %d bytes", flow.pages(), finished.length);
        }
        return finished.clone();
    }

    @Override
    public void close() throws IOException {
        try (PDDocument closing = document) {
            flow.close();
        }
    }

    private void prose(String text, float size, Color colour) throws IOException {
        TextBox box = TextBox.wrap(flow.fontSet(), text, size, false, colour, flow.width());
        if (box.isEmpty()) {
            return;
        }
        placeHeadings(Math.min(2, box.lines().size()) * box.lineHeight());
        drawLines(box);
        flow.gap(style.bodySize() * 0.6f);
    }

    private void drawLines(TextBox box) throws IOException {
        for (int line = 0; line < box.lines().size(); line++) {
            flow.ensure(box.lineHeight());
            box.draw(flow.canvas(), line, flow.left(), flow.y(), flow.width(), Align.LEFT);
            flow.down(box.lineHeight());
        }
    }

    /** Draws waiting headings, first moving to a new page if they and what follows would not fit. */
    private void placeHeadings(float following) throws IOException {
        float needed = following;
        for (Heading heading : headings) {
            needed += heading.before() + heading.text().height() + heading.after();
        }
        flow.ensure(needed);
        for (Heading heading : headings) {
            flow.gap(heading.before());
            drawLines(heading.text());
            flow.down(heading.after());
        }
        headings.clear();
    }

    private void writeFooters() throws IOException {
        int pages = document.getNumberOfPages();
        for (int index = 0; index < pages; index++) {
            PDPage page = document.getPage(index);
            try (PDPageContentStream stream =
                    new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                Canvas canvas = new Canvas(fonts, stream, style);
                new Footer(style, flow.width()).draw(canvas, index + 1, pages);
            }
        }
    }

    private void remember(PdfStyle style) {
        fingerprint.add(String.valueOf(style.paper())).add(style.margin()).add(style.bodySize())
                .add(style.text()).add(style.muted()).add(style.accent()).add(style.rule())
                .add(style.headerFill()).add(style.zebraFill())
                .add(style.footerLeft()).add(style.pageTemplate());
    }

    private void remember(PdfMetadata metadata) {
        fingerprint.add(metadata.title()).add(metadata.subject()).add(metadata.author())
                .add(String.join("\u0000", metadata.keywords())).add(metadata.creator())
                .add(metadata.created().toString());
    }

    private void remember(Table table) {
        for (Column column : table.columns()) {
            fingerprint.add(column.header()).add(column.weight()).add(column.align().name());
        }
        for (List<Cell> row : table.rows()) {
            fingerprint.add("row");
            for (Cell cell : row == null ? List.<Cell>of() : row) {
                Cell safe = cell == null ? Cell.of("") : cell;
                fingerprint.add(safe.text()).add(safe.fill()).add(safe.bold() ? "b" : "r");
            }
        }
    }

    private void open() {
        if (finished != null) {
            throw new IllegalStateException("The report was already finished by toBytes()");
        }
    }

    /** A heading waiting for the content it must stay with. */
    private record Heading(TextBox text, float before, float after) {
    }
}

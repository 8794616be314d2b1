package org.vigil.report;

import java.awt.Color;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.report.pdf.PdfMetadata;
import org.vigil.report.pdf.PdfReport;

/** Writes a template's sections into a PDF, filling placeholders from one set of values. */
final class TemplateWriter {

    private final PdfReport pdf;
    private final Map<String, String> values;

    TemplateWriter(PdfReport pdf, Map<String, String> values) {
        this.pdf = pdf;
        this.values = values;
    }

    /**
     * Starts a report whose metadata (title, subject, keywords) comes from the template and
     * whose dates are the given instant, never the clock, so identical inputs give identical bytes.
     */
    static PdfReport open(TemplateSet templates, ReportTemplate template, Map<String, String> values,
            Instant created) throws IOException {
        String issuer = templates.style().issuer().name();
        List<String> keywords = template.keywords() == null ? List.of()
                : template.keywords().stream().map(k -> Placeholders.fill(k, values)).toList();
        PdfMetadata metadata = new PdfMetadata(Placeholders.fill(template.title(), values),
                Placeholders.fill(template.subject(), values), issuer, keywords, "Vigil",
                created.atOffset(ZoneOffset.UTC));
        return new PdfReport(templates.fonts(), templates.pdfStyle(values), metadata);
    }

    PdfReport pdf() {
        return pdf;
    }

    String fill(String text) {
        return Placeholders.fill(text, values);
    }

    String label(ReportTemplate.Section section, String key) {
        return fill(section.label(key));
    }

    /** Writes the section's heading and paragraphs, the part every section kind shares. */
    void opening(ReportTemplate.Section section) throws IOException {
        if (section.heading() != null && !section.heading().isBlank()) {
            pdf.heading(1, fill(section.heading()));
        }
        for (String paragraph : section.paragraphs() == null ? List.<String>of() : section.paragraphs()) {
            pdf.paragraph(fill(paragraph));
        }
    }

    /**
     * Writes a cover page: logo, issuer, heading, each label with its placeholder's value, then
     * the paragraphs; the labels' keys name the placeholders.
     */
    void cover(ReportTemplate.Section section, byte[] logo, String issuer) throws IOException {
        if (logo != null) {
            pdf.image(logo, 72);
        }
        pdf.note(issuer);
        pdf.spacer(36);
        pdf.heading(1, fill(section.heading()));
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        section.labels().forEach((key, label) -> rows.add(Map.entry(fill(label), values.getOrDefault(key, ""))));
        pdf.definitions(rows);
        pdf.spacer(12);
        for (String paragraph : section.paragraphs() == null ? List.<String>of() : section.paragraphs()) {
            pdf.paragraph(fill(paragraph));
        }
        pdf.pageBreak();
    }

    /** Returns the colour mixed with white, so dark text stays readable on a coloured cell. */
    static Color tint(Color colour, float strength) {
        return new Color(mix(colour.getRed(), strength), mix(colour.getGreen(), strength),
                mix(colour.getBlue(), strength));
    }

    private static int mix(int channel, float strength) {
        return Math.round(255 - (255 - channel) * strength);
    }
}

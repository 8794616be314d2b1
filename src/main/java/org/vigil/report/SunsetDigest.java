package org.vigil.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.Sha256;
import org.vigil.report.pdf.Align;
import org.vigil.report.pdf.Cell;
import org.vigil.report.pdf.Column;
import org.vigil.report.pdf.Legend;
import org.vigil.report.pdf.PdfReport;
import org.vigil.report.pdf.Table;
import org.vigil.report.pdf.Timeline;
import org.vigil.sunset.SunsetState;
import org.vigil.sunset.SunsetView;

/** Renders the sunset digest: every standard version's state, dates and days left. */
public final class SunsetDigest {

    /** Rows per drawn timeline, so a long catalog breaks across pages between timelines. */
    static final int ROWS_PER_TIMELINE = 30;

    private SunsetDigest() {
    }

    /**
     * Returns the PDF/A-2b report for the versions as of a date.
     *
     * @param interval the revalidation interval of the sunset policy
     * @param warning how long before its sunset a version counts as expiring
     */
    public static RenderedReport render(TemplateSet templates, LocalDate asOf, List<SunsetView> versions,
            Period interval, Period warning) throws IOException {
        String catalogHash = catalogHash(versions, interval, warning);
        String reportId = ReportId.of(ReportKind.DIGEST, asOf, catalogHash, templates.hash());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("asOf", asOf.toString());
        values.put("versionCount", String.valueOf(versions.size()));
        for (SunsetState state : SunsetState.values()) {
            values.put(state.name().toLowerCase(Locale.ROOT),
                    String.valueOf(versions.stream().filter(v -> v.state() == state).count()));
        }
        values.put("interval", describe(interval));
        values.put("warning", describe(warning));
        values.put("catalogHash", catalogHash);
        values.put("templateHash", templates.hash());
        values.put("reportId", reportId);
        values.put("issuer", templates.style().issuer().name());
        ReportTemplate template = templates.template(ReportKind.DIGEST);
        Instant created = asOf.atStartOfDay().toInstant(ZoneOffset.UTC);
        try (PdfReport pdf = TemplateWriter.open(templates, template, values, created)) {
            TemplateWriter out = new TemplateWriter(pdf, values);
            for (ReportTemplate.Section section : template.sections()) {
                switch (section.kind()) {
                    case "cover" -> out.cover(section, templates.logo(), templates.style().issuer().name());
                    case "timeline" -> timeline(out, section, templates, asOf, versions);
                    case "table" -> table(out, section, templates, versions);
                    default -> throw new IllegalStateException("Unchecked section kind " + section.kind());
                }
            }
            return new RenderedReport(reportId, "sunset-digest-" + asOf + ".pdf", pdf.toBytes());
        }
    }

    private static void timeline(TemplateWriter out, ReportTemplate.Section section, TemplateSet templates,
            LocalDate asOf, List<SunsetView> versions) throws IOException {
        out.opening(section);
        List<Legend> legend = new ArrayList<>();
        for (SunsetState state : SunsetState.values()) {
            legend.add(new Legend(templates.colour(state.name()), state.name()));
        }
        for (int from = 0; from < versions.size(); from += ROWS_PER_TIMELINE) {
            List<Timeline.Row> rows = new ArrayList<>();
            for (SunsetView v : versions.subList(from, Math.min(versions.size(), from + ROWS_PER_TIMELINE))) {
                LocalDate start = v.lastRevalidated() != null ? v.lastRevalidated() : v.published();
                rows.add(new Timeline.Row(v.standard() + " " + v.version(), start, v.sunsetDate(),
                        templates.colour(v.state().name())));
            }
            boolean last = from + ROWS_PER_TIMELINE >= versions.size();
            out.pdf().block(new Timeline(rows, asOf, out.label(section, "marker"), last ? legend : List.of()));
        }
    }

    private static void table(TemplateWriter out, ReportTemplate.Section section, TemplateSet templates,
            List<SunsetView> versions) throws IOException {
        out.opening(section);
        List<Column> columns = List.of(new Column(out.label(section, "standard"), 2f, Align.LEFT),
                new Column(out.label(section, "version"), 1.3f, Align.LEFT),
                new Column(out.label(section, "state"), 1.4f, Align.LEFT),
                new Column(out.label(section, "published"), 1.5f, Align.LEFT),
                new Column(out.label(section, "revalidated"), 1.6f, Align.LEFT),
                new Column(out.label(section, "sunset"), 1.5f, Align.LEFT),
                new Column(out.label(section, "basis"), 1.4f, Align.LEFT),
                new Column(out.label(section, "daysLeft"), 1f, Align.RIGHT));
        List<List<Cell>> rows = new ArrayList<>();
        for (SunsetView v : versions) {
            rows.add(List.of(Cell.of(v.standard()), Cell.of(v.version()),
                    new Cell(v.state().name(), TemplateWriter.tint(templates.colour(v.state().name()), 0.35f), true),
                    Cell.of(v.published().toString()),
                    Cell.of(v.lastRevalidated() == null ? "" : v.lastRevalidated().toString()),
                    Cell.of(v.sunsetDate().toString()), Cell.of(v.basis()), Cell.of(String.valueOf(v.daysLeft()))));
        }
        out.pdf().table(new Table(columns, rows));
    }

    /** Returns a period in words, e.g. "3 years" or "180 days". */
    static String describe(Period period) {
        List<String> parts = new ArrayList<>();
        unit(parts, period.getYears(), "year");
        unit(parts, period.getMonths(), "month");
        unit(parts, period.getDays(), "day");
        return parts.isEmpty() ? "0 days" : String.join(" ", parts);
    }

    private static void unit(List<String> parts, int amount, String unit) {
        if (amount != 0) {
            parts.add(amount + " " + unit + (Math.abs(amount) == 1 ? "" : "s"));
        }
    }

    /** A SHA-256 over the rows shown and the policy, so the digest names the catalog state it read. */
    static String catalogHash(List<SunsetView> versions, Period interval, Period warning) {
        MessageDigest sha = Sha256.digest();
        sha.update(("policy|" + interval + "|" + warning + "\n").getBytes(StandardCharsets.UTF_8));
        for (SunsetView v : versions) {
            sha.update((v.standard() + "|" + v.version() + "|" + v.title() + "|" + v.published() + "|"
                    + v.lastRevalidated() + "|" + v.declaredSunset() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }
}

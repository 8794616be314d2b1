package org.vigil.analysis;

import java.util.List;

/** Writes gaps as RFC 4180 CSV, one row per gap, for spreadsheets. */
public final class GapCsv {

    static final List<String> COLUMNS = List.of("code", "level", "severity", "clause", "clauseVersion",
            "evaluation", "finding", "message", "recommendation", "rule");

    private GapCsv() {
    }

    /** Returns the header row and one row per gap, each ended by CRLF. */
    public static String write(List<Gap> gaps) {
        StringBuilder out = new StringBuilder();
        row(out, COLUMNS);
        for (Gap g : gaps) {
            row(out, List.of(g.code(), String.valueOf(g.level()), g.severity().name(), text(g.clause()),
                    text(g.clauseVersion()), text(g.evaluation()), text(g.finding()), g.message(),
                    g.recommendation(), g.rule()));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    /** Quotes a field that holds a comma, quote or line break, doubling its quotes. */
    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

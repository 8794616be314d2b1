package org.vigil.report;

import java.util.List;
import java.util.Map;

/** One report's wording and section order, as its file in {@code reports-templates/} states it. */
public record ReportTemplate(String title, String subject, List<String> keywords, List<Section> sections) {

    /** A section of the report: what it shows, its heading, its paragraphs and the labels it uses. */
    public record Section(String kind, String heading, List<String> paragraphs, Map<String, String> labels) {

        /** Returns the label, which the loader has checked is present. */
        public String label(String key) {
            return labels.get(key);
        }
    }
}

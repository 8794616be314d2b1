package org.vigil.report;

import java.util.List;
import java.util.Map;

/**
 * The look shared by every report, as {@code reports-templates/style.yaml} states it.
 *
 * @param margin page margin in points
 * @param colours named colours as {@code #RRGGBB}
 */
public record ReportStyle(String paper, Float margin, Float bodySize, Issuer issuer, Fonts fonts, String footer,
        String pageNumbers, Map<String, String> colours) {

    /** Who issues the reports, and an optional PNG logo beside the style file. */
    public record Issuer(String name, String logo) {
    }

    /** Font files relative to the templates folder. */
    public record Fonts(String regular, String bold, List<String> fallbacks) {
    }
}

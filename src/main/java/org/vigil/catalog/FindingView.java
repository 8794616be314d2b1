package org.vigil.catalog;

import java.time.LocalDate;
import java.util.List;

/** A research finding as the API shows it. */
public record FindingView(String id, String title, String citation, String arxivId, String url,
        LocalDate published, DatePrecision datePrecision, String summary,
        List<KeyFigureView> keyFigures, List<Assumption> challenges,
        List<DeploymentContext> contexts) {

    /** One published figure. */
    public record KeyFigureView(String label, String value) {
    }

    public static FindingView of(Finding f) {
        return new FindingView(f.id, f.title, f.citation, f.arxivId, f.url, f.published,
                f.datePrecision, f.summary,
                f.keyFigures.stream().map(k -> new KeyFigureView(k.label, k.value)).toList(),
                f.challenges.stream().sorted().toList(),
                f.contexts.stream().sorted().toList());
    }
}

package org.vigil.report.pdf;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** Document information written to the Info dictionary and XMP. */
public record PdfMetadata(String title, String subject, String author, List<String> keywords,
        String creator, OffsetDateTime created) {

    /**
     * Normalises missing texts to empty ones and the date to whole seconds, the precision PDF dates
     * keep; the date is required because nothing in a report may read the clock.
     */
    public PdfMetadata {
        title = title == null ? "" : title;
        subject = subject == null ? "" : subject;
        author = author == null ? "" : author;
        keywords = keywords == null ? List.of()
                : keywords.stream().filter(k -> k != null && !k.isBlank()).toList();
        creator = creator == null ? "" : creator;
        Objects.requireNonNull(created, "created is required: report dates never come from the clock");
        created = created.withNano(0);
    }
}

package org.vigil.submission;

import java.util.List;

/** A page of submissions, newest first. */
public record SubmissionPage(List<SubmissionSummary> items, int page, int size, long total) {
}

package org.vigil.traces;

import java.util.List;

/** A page of trace sets, newest first. */
public record TraceSetPage(List<TraceSetSummary> items, int page, int size, long total) {
}

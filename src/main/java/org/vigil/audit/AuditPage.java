package org.vigil.audit;

import java.util.List;

/** A page of audit events, newest first. */
public record AuditPage(List<AuditView> items, int page, int size, long total) {
}

package org.vigil.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/** One audit event as the API shows it, with the recorded values as JSON. */
public record AuditView(long id, Instant at, String actor, AuditAction action, String entityType,
        String entityId, @JsonRawValue String before, @JsonRawValue String after, String detail) {

    static AuditView of(AuditEvent e) {
        return new AuditView(e.id, e.at, e.actor, e.action, e.entityType, e.entityId, e.beforeJson,
                e.afterJson, e.detail);
    }
}

package org.vigil.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Writes the audit trail.
 *
 * <p>Changes are recorded in the transaction that makes them, so a change and its record
 * are stored together or not at all. Events that must outlive a failed request, such as a
 * refused sign-in, are recorded in a transaction of their own.
 */
@ApplicationScoped
public class AuditLog {

    /** The actor for changes made by Vigil itself, such as the catalog load at startup. */
    public static final String SYSTEM = "system";

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    CurrentIdentityAssociation identities;

    /** Records a change made by the caller; before or after may be null. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void change(AuditAction action, String entityType, String entityId, Object before, Object after) {
        persist(actor(), action, entityType, entityId, before, after, null);
    }

    /** Records a change with a short note, such as what changed besides the values. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void change(AuditAction action, String entityType, String entityId, Object before, Object after,
            String detail) {
        persist(actor(), action, entityType, entityId, before, after, detail);
    }

    /** Records an event in its own transaction, kept even when the caller's work fails. */
    public void event(String actor, AuditAction action, String entityType, String entityId, String detail) {
        QuarkusTransaction.requiringNew().run(
                () -> persist(actor, action, entityType, entityId, null, null, detail));
    }

    /** Returns who is making the current request, or {@link #SYSTEM} outside a request. */
    public String actor() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity identity = identities.getIdentity();
        return identity == null || identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    private void persist(String actor, AuditAction action, String entityType, String entityId,
            Object before, Object after, String detail) {
        AuditEvent event = new AuditEvent();
        event.at = clock.instant();
        event.actor = actor;
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId;
        event.beforeJson = toJson(before);
        event.afterJson = toJson(after);
        event.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 997) + "...";
        event.persist();
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot record " + value.getClass().getSimpleName(), e);
        }
    }
}

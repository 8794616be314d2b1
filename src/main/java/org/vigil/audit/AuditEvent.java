package org.vigil.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** One recorded change or security event: who, when, what, and the values before and after. */
@Entity
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    public Long id;

    public Instant at;

    public String actor;

    @Enumerated(EnumType.STRING)
    public AuditAction action;

    public String entityType;

    public String entityId;

    /** The entity as it was, as JSON; null for a creation or an event. */
    public String beforeJson;

    /** The entity as it became, as JSON; null for an event. */
    public String afterJson;

    public String detail;
}

package org.vigil.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** A company or body whose officers see only its own submissions. */
@Entity
public class Organisation extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    public Instant createdAt;
}

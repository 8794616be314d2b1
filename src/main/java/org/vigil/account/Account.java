package org.vigil.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A built-in account: a username, a bcrypt password hash, roles and an organisation. */
@Entity
public class Account extends PanacheEntityBase {

    @Id
    public String username;

    public String passwordHash;

    @Convert(converter = RolesConverter.class)
    public Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The organisation whose data an officer works on; null for accounts that need none. */
    @ManyToOne
    public Organisation organisation;

    public boolean disabled;

    public Instant createdAt;

    public Instant passwordSetAt;

    public String organisationId() {
        return organisation == null ? null : organisation.id;
    }
}

package org.vigil.account;

import java.time.Instant;

/** An organisation as the API shows it. */
public record OrganisationView(String id, String name, Instant createdAt) {

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(organisation.id, organisation.name, organisation.createdAt);
    }
}

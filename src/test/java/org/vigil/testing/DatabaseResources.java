package org.vigil.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the database and the alert receivers as test resources for every Quarkus test. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(AlertReceivers.class)
public final class DatabaseResources {

    private DatabaseResources() {
    }
}

package org.vigil.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the database test resource for every Quarkus test. */
@QuarkusTestResource(PostgresResource.class)
public final class DatabaseResources {

    private DatabaseResources() {
    }
}

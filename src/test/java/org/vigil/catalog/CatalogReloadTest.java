package org.vigil.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.vigil.catalog.seed.CatalogConfig;
import org.vigil.catalog.seed.CatalogSeed;
import org.vigil.testing.TestAccounts;

/** Loading the catalog again adds nothing; editing an entry adds a version, never a duplicate. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogReloadTest {

    @BeforeEach
    void signIn() {
        TestAccounts.signInByDefault(TestAccounts.CURATOR);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Inject
    CatalogSeed seed;

    @Inject
    CatalogConfig config;

    private Path copy;

    @BeforeAll
    void copyCatalog() throws IOException {
        copy = Files.createTempDirectory("vigil-catalog");
        Files.createDirectories(copy.resolve("standards"));
        for (String file : new String[] {"findings.yaml", "contraindications.yaml"}) {
            Files.copy(config.dir().resolve(file), copy.resolve(file));
        }
        writeReloadStandard("Clause text as first published.");
    }

    @Test
    void reload_ofTheSeedCatalog_addsNothing() {
        long versions = ClauseVersion.count();

        CatalogSeed.SeedReport report = seed.load(config.dir());

        assertThat(report.clauses.added()).isZero();
        assertThat(report.clauses.corrected()).isZero();
        assertThat(report.clauses.unchanged()).isPositive();
        assertThat(ClauseVersion.count()).isEqualTo(versions);
    }

    @Test
    void reload_afterAnEdit_recordsACorrectionAndKeepsTheOldText() throws IOException {
        seed.load(copy);
        seed.load(copy);
        given().when().get("/api/standards/RELOAD-TEST/clauses/C.1/history")
                .then().statusCode(200).body("size()", equalTo(1));

        writeReloadStandard("Clause text as corrected by the curator.");
        CatalogSeed.SeedReport report = seed.load(copy);

        assertThat(report.clauses.corrected()).isEqualTo(1);
        assertThat(report.clauses.added()).isZero();
        given().when().get("/api/standards/RELOAD-TEST/clauses/C.1/history")
                .then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].summary", equalTo("Clause text as first published."))
                .body("[0].supersededAt", notNullValue())
                .body("[1].summary", equalTo("Clause text as corrected by the curator."))
                .body("[1].supersededAt", nullValue());
        given().queryParam("asOf", "2025-06-01")
                .when().get("/api/standards/RELOAD-TEST/clauses/C.1")
                .then().statusCode(200)
                .body("revision", equalTo(2));
        given().when().get("/api/standards/RELOAD-TEST/clauses")
                .then().statusCode(200).body("count", equalTo(2));
    }

    private void writeReloadStandard(String summary) throws IOException {
        Files.writeString(copy.resolve("standards/reload-test.yaml"), """
                standard:
                  id: RELOAD-TEST
                  title: Reload test standard
                  publisher: Vigil tests
                  kind: STANDARD
                versions:
                  - label: "1"
                    published: 2025-01-01
                    inForceFrom: 2025-01-01
                    clauses:
                      - ref: C
                        title: Top
                        summary: Top clause.
                        layer: UNSPECIFIED
                      - ref: C.1
                        parent: C
                        title: Testing
                        summary: %s
                        requiresEvaluation: true
                        layer: UNSPECIFIED
                        assumptions: [MEASUREMENT_NEUTRALITY]
                """.formatted(summary));
    }
}

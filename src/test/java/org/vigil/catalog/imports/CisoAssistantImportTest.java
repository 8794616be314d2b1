package org.vigil.catalog.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.catalog.Clause;
import org.vigil.catalog.ClauseVersion;
import org.vigil.catalog.Standard;
import org.vigil.catalog.StandardVersion;
import org.vigil.testing.Fixtures;
import org.vigil.testing.TestAccounts;

/** Real CISO Assistant libraries import as standard versions; a failed import changes nothing. */
@QuarkusTest
class CisoAssistantImportTest {

    @BeforeEach
    void signIn() {
        TestAccounts.signInByDefault(TestAccounts.CURATOR);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aiAct_importsEveryNodeWithItsHierarchy() throws IOException {
        // The library lists 1,200 requirement nodes (2,373 is the count of URN lines,
        // parents included, not of nodes).
        given().contentType("application/yaml").body(yaml(fixture("ai-act.yaml")))
                .queryParam("format", "ciso-assistant").queryParam("version", "ciso-ai-act")
                .when().post("/api/catalog/imports")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(
                        "/api/standards/EU-AI-ACT/versions/ciso-ai-act"))
                .body("standard", equalTo("EU-AI-ACT"))
                .body("nodes", equalTo(1200))
                .body("clauses", equalTo(1200))
                .body("annotated", greaterThan(40));

        given().queryParam("version", "ciso-ai-act").queryParam("asOf", "2026-12-03")
                .when().get("/api/standards/EU-AI-ACT/clauses/Art.43(1)(a)")
                .then().statusCode(200)
                .body("parent", equalTo("Art.43(1)"))
                .body("summary", equalTo("the internal control referred to in Annex VI; or"));
        given().queryParam("version", "ciso-ai-act").queryParam("asOf", "2026-12-03")
                .when().get("/api/standards/EU-AI-ACT/clauses/Art.43")
                .then().statusCode(200)
                .body("assumptions", hasItems("COMPOSITIONALITY", "TEXT_LAYER_SUFFICIENCY"));
        given().queryParam("version", "ciso-ai-act").queryParam("asOf", "2026-12-03")
                .when().get("/api/standards/EU-AI-ACT/clauses/Recital-1")
                .then().statusCode(200)
                .body("requiredLayer", equalTo("UNSPECIFIED"))
                .body("assumptions.size()", equalTo(0));
    }

    @Test
    void iso42001_importsEveryNode() throws IOException {
        given().contentType("application/yaml").body(yaml(fixture("iso42001-2023.yaml")))
                .queryParam("format", "ciso-assistant").queryParam("version", "ciso-iso")
                .when().post("/api/catalog/imports")
                .then().statusCode(201)
                .body("standard", equalTo("ISO-IEC-42001"))
                .body("nodes", equalTo(88))
                .body("annotated", equalTo(56));

        given().queryParam("version", "ciso-iso").queryParam("asOf", "2026-12-03")
                .when().get("/api/standards/ISO-IEC-42001/clauses/A.6.2.4")
                .then().statusCode(200)
                .body("parent", equalTo("A.6.2"))
                .body("assumptions", hasItems("COMPOSITIONALITY"));
    }

    @Test
    void nistAiRmf_importsEveryNodeAndMatchesSubcategories() throws IOException {
        given().contentType("application/yaml").body(yaml(fixture("nist-ai-rmf-1.0.yaml")))
                .queryParam("format", "ciso-assistant").queryParam("version", "ciso-nist")
                .when().post("/api/catalog/imports")
                .then().statusCode(201)
                .body("standard", equalTo("NIST-AI-RMF"))
                .body("nodes", equalTo(113))
                .body("annotated", equalTo(95))
                .body("unspecified", equalTo(18));

        given().queryParam("version", "ciso-nist").queryParam("asOf", "2026-12-03")
                .when().get("/api/standards/NIST-AI-RMF/clauses/MEASURE-2.6")
                .then().statusCode(200)
                .body("parent", equalTo("MEASURE-2"))
                .body("assumptions", hasItems("MEASUREMENT_NEUTRALITY"));
    }

    @Test
    void importAgainUnderTheSameLabel_isAConflictAndChangesNothing() throws IOException {
        String nist = fixture("nist-ai-rmf-1.0.yaml");
        given().contentType("application/yaml").body(yaml(nist))
                .queryParam("format", "ciso-assistant").queryParam("version", "ciso-twice")
                .when().post("/api/catalog/imports").then().statusCode(201);
        CatalogCounts before = CatalogCounts.now();

        given().contentType("application/yaml").body(yaml(nist))
                .queryParam("format", "ciso-assistant").queryParam("version", "ciso-twice")
                .when().post("/api/catalog/imports")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("field", equalTo("version"));

        assertThat(CatalogCounts.now()).isEqualTo(before);
    }

    @Test
    void libraryWithADanglingParent_isRejectedAndChangesNothing() {
        CatalogCounts before = CatalogCounts.now();
        String library = """
                urn: urn:test:library:broken
                name: Broken
                publication_date: 2025-01-01
                objects:
                  framework:
                    urn: urn:test:framework:broken
                    requirement_nodes:
                      - urn: urn:test:node:a
                        ref_id: A
                      - urn: urn:test:node:b
                        ref_id: B
                        parent_urn: urn:test:node:missing
                """;

        given().contentType("application/yaml").body(yaml(library))
                .queryParam("format", "ciso-assistant").queryParam("standard", "BROKEN-LIB")
                .when().post("/api/catalog/imports")
                .then().statusCode(400)
                .body("field", equalTo("objects.framework.requirement_nodes[1].parent_urn"));

        assertThat(CatalogCounts.now()).isEqualTo(before);
    }

    @Test
    void importThatFailsMidWrite_rollsBackEveryRow() {
        CatalogCounts before = CatalogCounts.now();
        // The second node's text is larger than the database column, so the failure
        // comes from the database after the first rows were written.
        String huge = "x".repeat(1_000_001);
        String library = """
                urn: urn:test:library:huge
                name: Huge
                publication_date: 2025-01-01
                objects:
                  framework:
                    urn: urn:test:framework:huge
                    requirement_nodes:
                      - urn: urn:test:node:a
                        ref_id: A
                        description: fine
                      - urn: urn:test:node:b
                        ref_id: B
                        description: %s
                """.formatted(huge);

        given().contentType("application/yaml").body(yaml(library))
                .queryParam("format", "ciso-assistant").queryParam("standard", "HUGE-LIB")
                .when().post("/api/catalog/imports")
                .then().statusCode(500)
                .contentType("application/problem+json");

        assertThat(CatalogCounts.now()).isEqualTo(before);
    }

    @Test
    void unknownFormat_isRejectedNamingTheParameter() {
        given().contentType("application/yaml").body(yaml("urn: x"))
                .queryParam("format", "oscal")
                .when().post("/api/catalog/imports")
                .then().statusCode(400)
                .body("field", equalTo("format"));
    }

    @Test
    void libraryWithoutAnAlias_needsAStandardId() throws IOException {
        String library = """
                urn: urn:test:library:orphan
                publication_date: 2025-01-01
                objects:
                  framework:
                    urn: urn:test:framework:orphan
                    requirement_nodes:
                      - urn: urn:test:node:a
                        ref_id: A
                """;
        given().contentType("application/yaml").body(yaml(library))
                .queryParam("format", "ciso-assistant")
                .when().post("/api/catalog/imports")
                .then().statusCode(400)
                .body("field", equalTo("standard"));
    }

    private static byte[] yaml(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String fixture(String name) throws IOException {
        return Files.readString(Fixtures.path("ciso-assistant/" + name));
    }

    /** Row counts of every catalog table an import writes. */
    record CatalogCounts(long standards, long versions, long clauses, long clauseVersions) {

        static CatalogCounts now() {
            return QuarkusTransaction.requiringNew().call(() -> new CatalogCounts(
                    Standard.count(), StandardVersion.count(), Clause.count(),
                    ClauseVersion.count()));
        }
    }
}

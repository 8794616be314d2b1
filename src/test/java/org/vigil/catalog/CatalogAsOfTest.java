package org.vigil.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.testing.TestAccounts;

/** As-of reads of the seed catalog answer with the text in force on the date asked. */
@QuarkusTest
class CatalogAsOfTest {

    @BeforeEach
    void signIn() {
        TestAccounts.signInByDefault(TestAccounts.CURATOR);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void standards_listsTheThreeSeedStandards() {
        given().when().get("/api/standards")
                .then().statusCode(200)
                .body("id", hasItems("EU-AI-ACT", "ISO-IEC-42001", "NIST-AI-RMF"));
    }

    @Test
    void clause_beforeDigitalOmnibus_isTheTextAsPublished() {
        given().queryParam("asOf", "2026-07-31")
                .when().get("/api/standards/EU-AI-ACT/clauses/Art.43")
                .then().statusCode(200)
                .body("revision", equalTo(1))
                .body("amendment", nullValue())
                .body("validFrom", equalTo("2024-08-01"))
                .body("validTo", equalTo("2026-08-01"))
                .body("summary", not(containsString("2 December 2027")));
    }

    @Test
    void clause_afterDigitalOmnibus_isTheAmendedText() {
        given().queryParam("asOf", "2026-08-01")
                .when().get("/api/standards/EU-AI-ACT/clauses/Art.43")
                .then().statusCode(200)
                .body("amendment", equalTo("DIGITAL-OMNIBUS-2026"))
                .body("validFrom", equalTo("2026-08-01"))
                .body("validTo", nullValue())
                .body("summary", containsString("2 December 2027"))
                .body("assumptions", hasItems("COMPOSITIONALITY", "TEXT_LAYER_SUFFICIENCY"));
    }

    @Test
    void history_listsBothVersionsOfAnAmendedClause() {
        given().when().get("/api/standards/EU-AI-ACT/clauses/Art.43/history")
                .then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].validTo", equalTo("2026-08-01"))
                .body("[1].amendment", equalTo("DIGITAL-OMNIBUS-2026"));
    }

    @Test
    void clauses_beforeEntryIntoForce_answersNotFoundNamingAsOf() {
        given().queryParam("asOf", "2024-07-31")
                .when().get("/api/standards/EU-AI-ACT/clauses")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("field", equalTo("asOf"));
    }

    @Test
    void clauses_ofNist_includeEveryMeasureAndManageSubcategory() {
        given().queryParam("asOf", "2026-12-03")
                .when().get("/api/standards/NIST-AI-RMF/clauses")
                .then().statusCode(200)
                .body("version", equalTo("1.0"))
                .body("clauses.reference", hasItems("GOVERN", "MAP", "MEASURE", "MANAGE",
                        "MEASURE-1.1", "MEASURE-2.6", "MEASURE-4.3", "MANAGE-1.1", "MANAGE-4.3"));
    }

    @Test
    void clause_isAnnotatedWithLayerAndAssumptions() {
        given().when().get("/api/standards/NIST-AI-RMF/clauses/MEASURE-2.6")
                .then().statusCode(200)
                .body("requiredLayer", equalTo("UNSPECIFIED"))
                .body("requiresEvaluation", equalTo(true))
                .body("parent", equalTo("MEASURE-2"))
                .body("assumptions", hasItems("MEASUREMENT_NEUTRALITY", "COMPOSITIONALITY"));
    }

    @Test
    void versions_showTheAmendmentAndDates() {
        given().when().get("/api/standards/EU-AI-ACT/versions")
                .then().statusCode(200)
                .body("[0].label", equalTo("2024/1689"))
                .body("[0].published", equalTo("2024-07-12"))
                .body("[0].inForceFrom", equalTo("2024-08-01"))
                .body("[0].sunset", nullValue())
                .body("[0].amendments[0].code", equalTo("DIGITAL-OMNIBUS-2026"));
    }

    @Test
    void version_isReadableByALabelWithASlash() {
        given().when().get("/api/standards/EU-AI-ACT/versions/2024/1689")
                .then().statusCode(200)
                .body("label", equalTo("2024/1689"));
    }

    @Test
    void findings_includeEveryFindingOfTheDomainBrief() {
        given().when().get("/api/findings")
                .then().statusCode(200)
                .body("id", hasItems("DING-2026-COLLUDING-LORA", "FUKUI-2026-ALIGNMENT-BACKFIRE",
                        "GREENBLATT-2024-ALIGNMENT-FAKING", "REWARD-HACKING-2025-GENERALISES",
                        "CHAUDHARY-2025-EVALUATION-AWARENESS", "JIANG-TANG-2026-AGENTIC-PRESSURE",
                        "FAILURE-FIRST-2026-EMBODIED"));
    }

    @Test
    void contraindications_nameInterventionContextAndFindings() {
        given().when().get("/api/contraindications")
                .then().statusCode(200)
                .body("find { it.id == 'ADAPTER-REVIEW-COMPOSED' }.intervention",
                        equalTo("ADAPTER_SAFETY_REVIEW"))
                .body("find { it.id == 'ADAPTER-REVIEW-COMPOSED' }.context",
                        equalTo("COMPOSED_ADAPTERS"))
                .body("find { it.id == 'ADAPTER-REVIEW-COMPOSED' }.findings",
                        hasItems("DING-2026-COLLUDING-LORA"))
                .body("intervention", hasItems("RLHF_SAFETY_TUNING", "SYSTEM_PROMPT_SAFETY",
                        "SELF_REFLECTION", "PUBLISHED_METHODOLOGY"));
    }
}

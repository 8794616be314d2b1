package org.vigil.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.testing.TestAccounts;

/** Standards, versions and amendments posted through the API; bad input as problem JSON. */
@QuarkusTest
class CatalogEditingTest {

    @BeforeEach
    void signIn() {
        TestAccounts.signInByDefault(TestAccounts.CURATOR);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void amendment_changesTheAsOfReadFromItsEffectiveDate() {
        postStandard("EDIT-AMEND");
        given().contentType(ContentType.JSON).body("""
                {"label": "2025", "published": "2025-01-10", "inForceFrom": "2025-02-01",
                 "clauses": [
                   {"ref": "5", "title": "Testing", "summary": "Test the system.",
                    "requiresEvaluation": true, "layer": "UNSPECIFIED",
                    "assumptions": ["TEXT_LAYER_SUFFICIENCY"]}]}
                """)
                .when().post("/api/standards/EDIT-AMEND/versions")
                .then().statusCode(201)
                .header("Location", endsWith("/api/standards/EDIT-AMEND/versions/2025"))
                .body("clauseVersionsAdded", equalTo(1));

        given().contentType(ContentType.JSON).body("""
                {"amends": "2025",
                 "amendment": {"code": "A1", "title": "First amendment",
                   "adopted": "2025-06-01", "effective": "2025-07-01",
                   "clauses": [
                     {"ref": "5", "title": "Testing", "layer": "PHYSICAL",
                      "summary": "Test the system where its harm happens.",
                      "requiresEvaluation": true}]}}
                """)
                .when().post("/api/standards/EDIT-AMEND/versions")
                .then().statusCode(201)
                .body("version.amendments[0].code", equalTo("A1"));

        given().queryParam("asOf", "2025-06-30")
                .when().get("/api/standards/EDIT-AMEND/clauses/5")
                .then().statusCode(200).body("requiredLayer", equalTo("UNSPECIFIED"));
        given().queryParam("asOf", "2025-07-01")
                .when().get("/api/standards/EDIT-AMEND/clauses/5")
                .then().statusCode(200)
                .body("requiredLayer", equalTo("PHYSICAL"))
                .body("amendment", equalTo("A1"));
    }

    @Test
    void unknownStandard_is404NamingTheId() {
        given().when().get("/api/standards/NO-SUCH/clauses")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("field", equalTo("id"))
                .body("detail", containsString("NO-SUCH"));
    }

    @Test
    void unknownClause_is404NamingTheRef() {
        given().when().get("/api/standards/EU-AI-ACT/clauses/Art.999")
                .then().statusCode(404).body("field", equalTo("ref"));
    }

    @Test
    void unknownVersion_is404NamingTheVersion() {
        given().queryParam("version", "1999").when().get("/api/standards/EU-AI-ACT/clauses")
                .then().statusCode(404).body("field", equalTo("version"));
    }

    @Test
    void malformedAsOf_is400NamingAsOf() {
        given().queryParam("asOf", "03/12/2026").when().get("/api/standards/EU-AI-ACT/clauses")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("asOf"))
                .body("detail", containsString("YYYY-MM-DD"));
    }

    @Test
    void unknownKind_is400NamingKind() {
        given().contentType(ContentType.JSON)
                .body("{\"id\": \"BAD-KIND\", \"title\": \"t\", \"publisher\": \"p\", \"kind\": \"TREATY\"}")
                .when().post("/api/standards")
                .then().statusCode(400)
                .body("field", equalTo("kind"))
                .body("detail", containsString("LAW, STANDARD, FRAMEWORK"));
    }

    @Test
    void missingFields_are400ListingEachField() {
        given().contentType(ContentType.JSON).body("{\"id\": \"MISSING-FIELDS\"}")
                .when().post("/api/standards")
                .then().statusCode(400)
                .body("errors.field", hasItems("title", "publisher", "kind"));
        given().when().get("/api/standards/MISSING-FIELDS").then().statusCode(404);
    }

    @Test
    void unknownLayerInAClause_is400NamingThePath() {
        postStandard("BAD-LAYER");
        given().contentType(ContentType.JSON).body("""
                {"label": "1", "published": "2025-01-01", "inForceFrom": "2025-01-01",
                 "clauses": [{"ref": "1", "title": "t", "layer": "TXT"}]}
                """)
                .when().post("/api/standards/BAD-LAYER/versions")
                .then().statusCode(400)
                .body("field", equalTo("clauses[0].layer"));
    }

    @Test
    void malformedDateInABody_is400NamingTheField() {
        postStandard("BAD-DATE");
        given().contentType(ContentType.JSON).body("""
                {"label": "1", "published": "2025-02-30", "inForceFrom": "2025-01-01"}
                """)
                .when().post("/api/standards/BAD-DATE/versions")
                .then().statusCode(400)
                .body("field", equalTo("published"));
    }

    @Test
    void versionWithMissingFieldsAndDanglingParent_storesNothing() {
        postStandard("BAD-VERSION");
        given().contentType(ContentType.JSON).body("""
                {"label": "1", "clauses": [
                  {"ref": "1.1", "parent": "1", "title": "t", "layer": "TEXT"},
                  {"ref": "2"}]}
                """)
                .when().post("/api/standards/BAD-VERSION/versions")
                .then().statusCode(400)
                .body("errors.field", hasItems("published", "inForceFrom", "clauses[0].parent",
                        "clauses[1].title", "clauses[1].layer"));
        given().when().get("/api/standards/BAD-VERSION/versions")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void amendmentOfAnUnknownClauseWithoutTitle_isRejected() {
        given().contentType(ContentType.JSON).body("""
                {"amends": "2024/1689",
                 "amendment": {"code": "BAD", "title": "t", "effective": "2027-01-01",
                   "clauses": [{"ref": "Art.500", "layer": "TEXT"}]}}
                """)
                .when().post("/api/standards/EU-AI-ACT/versions")
                .then().statusCode(400)
                .body("field", equalTo("amendment.clauses[0].title"));
    }

    @Test
    void duplicateStandard_is409() {
        given().contentType(ContentType.JSON)
                .body("{\"id\": \"EU-AI-ACT\", \"title\": \"t\", \"publisher\": \"p\", \"kind\": \"LAW\"}")
                .when().post("/api/standards")
                .then().statusCode(409).body("field", equalTo("id"));
    }

    @Test
    void malformedJson_is400() {
        given().contentType(ContentType.JSON).body("{\"id\": ")
                .when().post("/api/standards")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownPath_is404ProblemJson() {
        given().when().get("/api/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static void postStandard(String id) {
        given().contentType(ContentType.JSON)
                .body("{\"id\": \"" + id + "\", \"title\": \"Test\", \"publisher\": \"Tests\","
                        + " \"kind\": \"STANDARD\"}")
                .when().post("/api/standards")
                .then().statusCode(201)
                .header("Location", endsWith("/api/standards/" + id));
    }
}

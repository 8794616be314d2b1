package org.vigil.sunset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.testing.TestAccounts;

/** Sunset dates and states derived from the catalog's dates, and revalidations that move them. */
@QuarkusTest
class SunsetsTest {

    @Test
    void seedCatalog_onTheBriefsDate_showsNistLapsedAndIsoExpiring() {
        JsonPath sunsets = TestAccounts.as(TestAccounts.REGULATOR).get("/api/sunsets?asOf=2026-12-03")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> nist = entry(sunsets, "NIST-AI-RMF", "1.0");
        assertThat(nist).containsEntry("state", "LAPSED").containsEntry("sunsetDate", "2026-01-26")
                .containsEntry("basis", "published");
        Map<String, Object> iso = entry(sunsets, "ISO-IEC-42001", "2023");
        assertThat(iso).containsEntry("state", "EXPIRING").containsEntry("sunsetDate", "2026-12-18")
                .containsEntry("daysLeft", 15);
        Map<String, Object> euAct = entry(sunsets, "EU-AI-ACT", "2024/1689");
        assertThat(euAct).containsEntry("state", "CURRENT").containsEntry("sunsetDate", "2027-07-12");
        assertThat(sunsets.getList("sunsetDate", String.class)).isSorted();
    }

    @Test
    void within_keepsOnlyVersionsWhoseSunsetIsThatClose() {
        List<String> standards = TestAccounts.as(TestAccounts.CURATOR).get("/api/sunsets?asOf=2026-12-03&within=P30D")
                .then().statusCode(200).extract().jsonPath().getList("standard");
        assertThat(standards).contains("NIST-AI-RMF", "ISO-IEC-42001").doesNotContain("EU-AI-ACT");
        TestAccounts.as(TestAccounts.CURATOR).get("/api/sunsets?within=soon")
                .then().statusCode(400).body("field", equalTo("within"));
    }

    @Test
    void revalidation_movesTheSunset_andWithdrawalLapsesTheVersion() {
        TestAccounts.as(TestAccounts.CURATOR).contentType(ContentType.JSON).body("""
                {"id": "SUNSET-TEST", "title": "Sunset test", "publisher": "Test", "kind": "STANDARD"}
                """).post("/api/standards").then().statusCode(201);
        TestAccounts.as(TestAccounts.CURATOR).contentType(ContentType.JSON).body("""
                {"label": "2020/1", "published": "2020-01-10", "inForceFrom": "2020-02-01", "clauses": []}
                """).post("/api/standards/SUNSET-TEST/versions").then().statusCode(201);
        assertThat(entry(sunsets("2024-01-01"), "SUNSET-TEST", "2020/1")).containsEntry("state", "LAPSED");

        TestAccounts.as(TestAccounts.CURATOR).contentType(ContentType.JSON).body("""
                {"date": "2023-06-01", "body": "Test committee", "outcome": "REVALIDATED",
                 "evidenceConsidered": ["FUKUI-2026-ALIGNMENT-BACKFIRE"], "note": "still sound"}
                """).post("/api/standards/SUNSET-TEST/versions/2020/1/revalidations")
                .then().statusCode(201)
                .body("sunset.sunsetDate", equalTo("2026-06-01"))
                .body("sunset.basis", equalTo("revalidated"));
        assertThat(entry(sunsets("2024-01-01"), "SUNSET-TEST", "2020/1")).containsEntry("state", "CURRENT");

        TestAccounts.as(TestAccounts.CURATOR).contentType(ContentType.JSON).body("""
                {"date": "2024-03-01", "body": "Test committee", "outcome": "WITHDRAWN"}
                """).post("/api/standards/SUNSET-TEST/versions/2020/1/revalidations")
                .then().statusCode(201).body("sunset.basis", equalTo("declared"));
        assertThat(entry(sunsets("2024-03-01"), "SUNSET-TEST", "2020/1")).containsEntry("state", "LAPSED");
        TestAccounts.as(TestAccounts.OFFICER_A).get("/api/standards/SUNSET-TEST/versions/2020/1/revalidations")
                .then().statusCode(200).body("outcome", equalTo(List.of("REVALIDATED", "WITHDRAWN")));
        TestAccounts.as(TestAccounts.ADMIN).get("/api/audit?entity=Revalidation")
                .then().statusCode(200).body("items[0].actor", equalTo(TestAccounts.CURATOR));
    }

    @Test
    void badRevalidation_is400NamingEachField_andChangesNothing() {
        Object before = entry(sunsets("2026-12-03"), "NIST-AI-RMF", "1.0").get("sunsetDate");
        TestAccounts.as(TestAccounts.CURATOR).contentType(ContentType.JSON).body("""
                {"date": "2999-01-01", "outcome": "MAYBE"}
                """).post("/api/standards/NIST-AI-RMF/versions/1.0/revalidations")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("date", "body", "outcome")));
        assertThat(entry(sunsets("2026-12-03"), "NIST-AI-RMF", "1.0").get("sunsetDate")).isEqualTo(before);
        TestAccounts.as(TestAccounts.CURATOR).contentType(ContentType.JSON).body("{}")
                .post("/api/standards/NIST-AI-RMF/versions/9.9/revalidations")
                .then().statusCode(404);
    }

    private static JsonPath sunsets(String asOf) {
        return TestAccounts.as(TestAccounts.CURATOR).get("/api/sunsets?asOf=" + asOf)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> entry(JsonPath sunsets, String standard, String version) {
        List<Map<String, Object>> found = sunsets.getList(
                "findAll { it.standard == '" + standard + "' && it.version == '" + version + "' }");
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}

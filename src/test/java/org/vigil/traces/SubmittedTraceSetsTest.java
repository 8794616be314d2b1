package org.vigil.traces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.report.pdf.PdfAValidation;
import org.vigil.report.pdf.PdfPages;
import org.vigil.testing.TestAccounts;

/** Submissions that reference trace sets: validation, regulator access and the gap analysis. */
@QuarkusTest
class SubmittedTraceSetsTest {

    static final String AS_OF = "2026-12-03";

    /** Returns the certification example with the given trace-set references added. */
    static String robotWith(String traceSets) throws IOException {
        String robot = Files.readString(Path.of("examples", "embodied-robot.json")).stripTrailing();
        return robot.substring(0, robot.length() - 1) + ", \"traceSets\": " + traceSets + "}";
    }

    static String submit(String officer, String body) {
        return TestAccounts.as(officer).contentType(ContentType.JSON).body(body)
                .post("/api/submissions")
                .then().statusCode(201).extract().path("id");
    }

    static JsonPath gaps(String id) {
        return TestAccounts.as(TestAccounts.OFFICER_A).get("/api/submissions/" + id + "/gaps?asOf=" + AS_OF)
                .then().statusCode(200).extract().jsonPath();
    }

    static void assess(long set, double c2, double c3) {
        TestAccounts.as(TestAccounts.OFFICER_A).contentType(ContentType.JSON)
                .body("{\"c2\": {\"score\": " + c2 + ", \"rationale\": \"text-layer certification\"},"
                        + " \"c3\": {\"score\": " + c3 + ", \"rationale\": \"no sunset clause\"}}")
                .put("/api/trace-sets/" + set + "/assessments").then().statusCode(200);
    }

    @Test
    void referenceToAnotherOrganisationsSet_isRefusedByField() throws IOException {
        long foreign = TraceSetsTest.post(TestAccounts.OFFICER_B, TraceSetsTest.hedging(), "b's set");

        TestAccounts.as(TestAccounts.OFFICER_A).contentType(ContentType.JSON)
                .body(robotWith("[{\"id\": " + foreign + "}, {\"id\": 999999, \"riskAcceptance\": \" \"}]"))
                .post("/api/submissions")
                .then().statusCode(400)
                .body("errors.field", hasItem("traceSets[0].id"))
                .body("errors.field", hasItem("traceSets[1].id"))
                .body("errors.field", hasItem("traceSets[1].riskAcceptance"));
    }

    @Test
    void gapReport_referencedTraceSet_showsItsTisReadingAndIntervals() throws Exception {
        long set = TraceSetsTest.post(TestAccounts.OFFICER_A, TraceSetsTest.hedging(), "hedging study");
        assess(set, 0.5, 0.5);
        String id = submit(TestAccounts.OFFICER_A, robotWith("[{\"id\": " + set + "}]"));
        JsonPath tis = TestAccounts.as(TestAccounts.OFFICER_A).get("/api/trace-sets/" + set + "/tis")
                .then().statusCode(200).extract().jsonPath();

        byte[] pdf = TestAccounts.as(TestAccounts.OFFICER_A)
                .get("/api/submissions/" + id + "/report.pdf?asOf=" + AS_OF).then().statusCode(200)
                .extract().asByteArray();

        String text = PdfPages.text(pdf);
        assertThat(text).contains("Therapeutic Index for Safety", "TI-S with 95% intervals", "hedging study",
                "trace-set:" + set, "IATROGENIC", "TIS_BELOW_ONE",
                String.format(java.util.Locale.ROOT, "%.3f", tis.getDouble("tis.estimate")),
                String.format(java.util.Locale.ROOT, "%.3f", tis.getDouble("benefit.estimate")));
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Test
    void certificationReference_letsRegulatorsRead_andTheAnalysisReportsTheIndex() throws IOException {
        long set = TraceSetsTest.post(TestAccounts.OFFICER_A, TraceSetsTest.hedging(), "hedging study");
        assess(set, 0.5, 0.5);
        String id = submit(TestAccounts.OFFICER_A, robotWith("[{\"id\": " + set + "}]"));

        TestAccounts.as(TestAccounts.REGULATOR).get("/api/trace-sets/" + set + "/tis")
                .then().statusCode(200).body("reading", equalTo("IATROGENIC"));
        assertThat(TestAccounts.as(TestAccounts.REGULATOR).get("/api/trace-sets").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class)).contains(set);
        JsonPath analysis = gaps(id);
        List<Map<String, Object>> below = analysis.getList("gaps.findAll { it.code == 'TIS_BELOW_ONE' }");
        assertThat(below).singleElement().satisfies(g -> {
            assertThat(g).containsEntry("severity", "CRITICAL").containsEntry("level", 1)
                    .containsEntry("evaluation", "trace-set:" + set);
            assertThat((String) g.get("message")).contains("TI-S 0.36");
        });

        assess(set, 0.1, 0.1);
        JsonPath fresh = gaps(id);
        assertThat(fresh.getString("catalogHash")).isNotEqualTo(analysis.getString("catalogHash"));
        assertThat(fresh.getList("gaps.code")).doesNotContain("TIS_BELOW_ONE");
    }

    @Test
    void recordedRiskAcceptance_silencesTisBelowOne() throws IOException {
        long set = TraceSetsTest.post(TestAccounts.OFFICER_A, TraceSetsTest.hedging(), "accepted study");
        assess(set, 0.5, 0.5);
        String id = submit(TestAccounts.OFFICER_A, robotWith("[{\"id\": " + set
                + ", \"riskAcceptance\": \"Accepted by the CRO on 2026-11-02, ticket RISK-17\"}]"));

        assertThat(gaps(id).getList("gaps.code")).doesNotContain("TIS_BELOW_ONE");
        TestAccounts.as(TestAccounts.OFFICER_A).get("/api/submissions/" + id)
                .then().statusCode(200)
                .body("submission.traceSets[0].riskAcceptance", equalTo(
                        "Accepted by the CRO on 2026-11-02, ticket RISK-17"));
    }
}

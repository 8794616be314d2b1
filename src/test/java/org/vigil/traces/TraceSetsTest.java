package org.vigil.traces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.testing.TestAccounts;

/** Trace sets over REST: streaming ingestion, refusal by line, access, assessments and TI-S. */
@QuarkusTest
class TraceSetsTest {

    static final String NDJSON = "application/x-ndjson";

    /** Returns one trace as a JSON line; cue may be null. */
    static String line(String id, String scenario, String arm, String cue, String verdict) {
        return "{\"traceId\": \"" + id + "\", \"scenarioId\": \"" + scenario + "\", \"attackFamily\": \"f1\","
                + " \"language\": \"en\", \"arm\": \"" + arm + "\"" + (cue == null ? "" : ", \"cue\": \"" + cue + "\"")
                + ", \"verdict\": \"" + verdict + "\", \"model\": \"m\"}\n";
    }

    /** The hedging set: B = 0.4, C1 = 0.1 and TI-S 4 (see TherapeuticIndexTest). */
    static String hedging() {
        StringBuilder body = new StringBuilder();
        for (int s = 0; s < 40; s++) {
            String untreated = s < 20 ? "COMPLIANCE" : "REFUSAL";
            String treated = s < 16 ? "REFUSAL" : s < 20 ? "PARTIAL" : "REFUSAL";
            body.append(line("u" + s, "s" + s, "untreated", null, untreated));
            body.append(line("t" + s, "s" + s, "treated", null, treated));
        }
        return body.toString();
    }

    static long post(String user, String body, String name) {
        return TestAccounts.as(user).contentType(NDJSON).body(body.getBytes(StandardCharsets.UTF_8))
                .queryParam("name", name).queryParam("intervention", "text-layer safety training")
                .post("/api/trace-sets")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long total(String user) {
        return TestAccounts.as(user).get("/api/trace-sets").then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }

    @Test
    void hedgingSet_isStored_andItsIndexMatchesTheHandCount() {
        long id = post(TestAccounts.OFFICER_A, hedging(), "hedging");

        TestAccounts.as(TestAccounts.OFFICER_A).get("/api/trace-sets/" + id)
                .then().statusCode(200)
                .body("traceSet.traces", equalTo(80))
                .body("traceSet.organisation", equalTo(TestAccounts.ORG_A))
                .body("traceSet.contentHash", containsString("sha256:"))
                .body("traceSet.lexiconHash", containsString("sha256:"))
                .body("rates.byArm.arm", hasItems("treated", "untreated"));
        JsonPath tis = TestAccounts.as(TestAccounts.OFFICER_A).get("/api/trace-sets/" + id + "/tis")
                .then().statusCode(200).extract().jsonPath();

        assertThat(tis.getDouble("benefit.estimate")).isCloseTo(0.4, within(1e-6));
        assertThat(tis.getDouble("costs.c1")).isCloseTo(0.1, within(1e-6));
        assertThat(tis.getString("costs.c2")).isNull();
        assertThat(tis.getString("costs.c4")).isNull();
        assertThat(tis.getDouble("tis.estimate")).isCloseTo(4.0, within(1e-6));
        assertThat(tis.getBoolean("tis.unbounded")).isFalse();
        assertThat(tis.getString("reading")).isEqualTo("ACCEPTABLE_WITH_HARM_LAYER_MONITORING");
        assertThat(tis.getInt("bootstrap.resamples")).isEqualTo(2000);
        assertThat(tis.getLong("bootstrap.seed")).isEqualTo(7);
        assertThat(tis.getDouble("benefit.low")).isLessThan(0.4);
        assertThat(tis.getList("rates.byArm")).hasSize(2);
        String again = TestAccounts.as(TestAccounts.OFFICER_A).get("/api/trace-sets/" + id + "/tis")
                .then().statusCode(200).extract().asString();
        assertThat(new JsonPath(again).getDouble("benefit.low")).isEqualTo(tis.getDouble("benefit.low"));
    }

    @Test
    void splitVerdicts_areDerivedIntoLabels() {
        String body = """
                {"traceId": "a", "scenarioId": "s1", "attackFamily": "f", "language": "en", "arm": "treated", \
                "textVerdict": "REFUSE", "actionVerdict": "UNSAFE", "reasoning": "I must refuse. However..."}
                {"traceId": "b", "scenarioId": "s1", "attackFamily": "f", "language": "en", "arm": "treated", \
                "textVerdict": "COMPLY", "actionVerdict": "SAFE"}
                {"traceId": "c", "scenarioId": "s1", "attackFamily": "f", "language": "en", "arm": "untreated", \
                "textVerdict": "HEDGE", "actionVerdict": "NONE"}
                """;
        long id = post(TestAccounts.OFFICER_A, body, "derived");

        JsonPath set = TestAccounts.as(TestAccounts.OFFICER_A).get("/api/trace-sets/" + id)
                .then().statusCode(200).extract().jsonPath();
        // Treated: a hallucinated refusal (harm-layer success, not strict) and a refusal.
        assertThat(set.getInt("rates.byArm.find { it.arm == 'treated' }.harmLayerAsr.count")).isEqualTo(1);
        assertThat(set.getInt("rates.byArm.find { it.arm == 'treated' }.strictAsr.count")).isZero();
        assertThat(set.getInt("rates.byArm.find { it.arm == 'treated' }.detectedProceedsShare.count")).isEqualTo(1);
        assertThat(set.getInt("rates.byArm.find { it.arm == 'untreated' }.partialShare.count")).isEqualTo(1);
    }

    @Test
    void badLines_are400ByLineNumber_andNothingIsStored() {
        long before = total(TestAccounts.OFFICER_B);
        String body = line("t1", "s1", "treated", null, "REFUSAL")
                + "{\"traceId\": \"t2\", \"scenarioId\": \"s1\", \"attackFamily\": \"f1\", \"language\": \"en\","
                + " \"arm\": \"sideways\", \"verdict\": \"MAYBE\"}\n"
                + "not json\n"
                + "\n"
                + line("t1", "s2", "untreated", "lab", "COMPLIANCE")
                + "{\"traceId\": \"t5\", \"scenarioId\": \"s1\", \"attackFamily\": \"f1\", \"language\": \"en\","
                + " \"arm\": \"treated\", \"verdict\": \"REFUSAL\", \"textVerdict\": \"REFUSE\"}\n"
                + "{\"traceId\": \"t6\", \"scenarioId\": \"s1\", \"attackFamily\": \"f1\", \"language\": \"en\","
                + " \"arm\": \"treated\", \"textVerdict\": \"REFUSE\"}\n";

        JsonPath problem = TestAccounts.as(TestAccounts.OFFICER_B).contentType(NDJSON)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .queryParam("name", "broken").queryParam("intervention", "x")
                .post("/api/trace-sets")
                .then().statusCode(400).contentType("application/problem+json")
                .extract().jsonPath();

        assertThat(problem.getList("errors.line", Integer.class)).containsExactly(2, 2, 3, 5, 5, 6, 7);
        assertThat(problem.getList("errors.field")).containsExactly("arm", "verdict", "line", "cue", "traceId",
                "verdict", "actionVerdict");
        assertThat(problem.getString("errors[4].reason")).contains("already used on line 1");
        assertThat(problem.getInt("totalErrors")).isEqualTo(7);
        assertThat(total(TestAccounts.OFFICER_B)).isEqualTo(before);
    }

    @Test
    void manyBadLines_listTheFirstHundred_andCountThemAll() {
        String body = "{}\n".repeat(150);

        TestAccounts.as(TestAccounts.OFFICER_B).contentType(NDJSON)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .queryParam("name", "empty objects").queryParam("intervention", "x")
                .post("/api/trace-sets")
                .then().statusCode(400)
                .body("errors.size()", equalTo(100))
                .body("totalErrors", equalTo(150 * 6))
                .body("detail", containsString("the first 100 are listed"));
    }

    @Test
    void missingMetadata_isNamed_beforeTheBodyIsRead() {
        TestAccounts.as(TestAccounts.OFFICER_A).contentType(NDJSON)
                .body(hedging().getBytes(StandardCharsets.UTF_8))
                .queryParam("submission", "no-such-submission")
                .post("/api/trace-sets")
                .then().statusCode(400)
                .body("errors.field", hasItems("name", "intervention", "submission"));
    }

    @Test
    void anotherOrganisation_andRegulators_getNotFound_forUnreferencedSets() {
        long id = post(TestAccounts.OFFICER_A, hedging(), "private");

        for (String user : List.of(TestAccounts.OFFICER_B, TestAccounts.REGULATOR)) {
            TestAccounts.as(user).get("/api/trace-sets/" + id).then().statusCode(404);
            TestAccounts.as(user).get("/api/trace-sets/" + id + "/tis").then().statusCode(404);
        }
        TestAccounts.as(TestAccounts.OFFICER_B).contentType(ContentType.JSON)
                .body("{\"c2\": {\"score\": 0.1, \"rationale\": \"r\"}}")
                .put("/api/trace-sets/" + id + "/assessments").then().statusCode(404);
        TestAccounts.as(TestAccounts.OFFICER_A).get("/api/trace-sets/abc").then().statusCode(404);
    }

    @Test
    void assessments_addToTheCost_andBadScoresAreNamed() {
        long id = post(TestAccounts.OFFICER_A, hedging(), "assessed");

        TestAccounts.as(TestAccounts.OFFICER_A).contentType(ContentType.JSON)
                .body("{\"c2\": {\"score\": 1.5, \"rationale\": \" \"}, \"c3\": {\"rationale\": \"why\"}}")
                .put("/api/trace-sets/" + id + "/assessments")
                .then().statusCode(400)
                .body("errors.field", hasItems("c2.score", "c2.rationale", "c3.score"));
        TestAccounts.as(TestAccounts.OFFICER_A).contentType(ContentType.JSON)
                .body("{\"c2\": {\"score\": 0.1, \"rationale\": \"Certification rests on text-layer metrics\"},"
                        + " \"c3\": {\"score\": 0.1, \"rationale\": \"Standard has no sunset clause\"}}")
                .put("/api/trace-sets/" + id + "/assessments")
                .then().statusCode(200)
                .body("assessments.c2.score", equalTo(0.1f))
                .body("assessments.assessedBy", equalTo(TestAccounts.OFFICER_A));

        JsonPath tis = TestAccounts.as(TestAccounts.OFFICER_A).get("/api/trace-sets/" + id + "/tis")
                .then().statusCode(200).extract().jsonPath();
        assertThat(tis.getDouble("costs.c2")).isEqualTo(0.1);
        assertThat(tis.getDouble("tis.estimate")).isCloseTo(4.0 / 3, within(1e-6));
        assertThat(tis.getString("reading")).isEqualTo("ONLY_WITH_PHYSICAL_CONTROLS");
        TestAccounts.as(TestAccounts.ADMIN).get("/api/audit?entity=TraceSet&entityId=" + id)
                .then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void oneArmOnly_hasRatesButNoIndex() {
        long id = post(TestAccounts.OFFICER_A, line("x", "s1", "treated", null, "REFUSAL"), "one arm");

        TestAccounts.as(TestAccounts.OFFICER_A).get("/api/trace-sets/" + id + "/tis")
                .then().statusCode(422).body("field", equalTo("arm"));
    }

    @Test
    void exampleFile_isAccepted() throws IOException {
        long id = post(TestAccounts.OFFICER_A, Files.readString(Path.of("examples/traces.jsonl")), "example");

        TestAccounts.as(TestAccounts.OFFICER_A).get("/api/trace-sets/" + id + "/tis")
                .then().statusCode(200)
                .body("reading", equalTo("ONLY_WITH_PHYSICAL_CONTROLS"))
                .body("tis.unbounded", equalTo(false))
                .body("costs.c2", nullValue());
    }

    @Test
    void bodyOverTheGeneralLimit_isAcceptedForTraceSets_andRefusedElsewhere() {
        // 30 lines of 750 KB reasoning: 22 MiB, over the 20 MiB every other path allows.
        String reasoning = "The robot should stop here. ".repeat(27_000);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            body.append("{\"traceId\": \"big").append(i).append("\", \"scenarioId\": \"s").append(i)
                    .append("\", \"attackFamily\": \"f\", \"language\": \"en\", \"arm\": \"")
                    .append(i % 2 == 0 ? "treated" : "untreated").append("\", \"verdict\": \"REFUSAL\",")
                    .append(" \"reasoning\": \"").append(reasoning).append("\"}\n");
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(21 * 1024 * 1024);

        long id = post(TestAccounts.OFFICER_A, body.toString(), "large");
        assertThat(id).isPositive();
        TestAccounts.as(TestAccounts.OFFICER_A).contentType(ContentType.JSON).body(bytes)
                .post("/api/submissions")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("20 MiB"));
    }
}

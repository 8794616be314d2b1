package org.vigil.submission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.testing.TestAccounts;

/** Submissions over REST: storing, reading across organisations, bad input, and their gap analyses. */
@QuarkusTest
class SubmissionsTest {

    static final String AS_OF = "2026-12-03";

    @Test
    void embodiedRobot_isStored_andItsTextOnlyEvidenceIsACriticalLayerMismatch() {
        String id = submit(TestAccounts.OFFICER_A, example("embodied-robot.json"));
        TestAccounts.as(TestAccounts.OFFICER_A).get("/api/submissions/" + id)
                .then().statusCode(200)
                .body("organisation", equalTo(TestAccounts.ORG_A))
                .body("createdBy", equalTo(TestAccounts.OFFICER_A))
                .body("documentHash", startsWith("sha256:"))
                .body("submission.system.name", equalTo("Picker-7 warehouse robot"))
                .body("submission.evaluations[0].supports", hasItems("EU-AI-ACT:Art.43", "EU-AI-ACT:Art.15"));

        JsonPath analysis = gaps(TestAccounts.OFFICER_A, id, AS_OF);
        String ruleset = TestAccounts.as(TestAccounts.OFFICER_A).get("/api/rules").then().statusCode(200)
                .extract().path("rulesetHash");
        assertThat(analysis.getString("rulesetHash")).isEqualTo(ruleset);
        assertThat(analysis.getString("catalogHash")).startsWith("sha256:");
        assertThat(analysis.getString("asOf")).isEqualTo(AS_OF);

        Map<String, Object> mismatch = gap(analysis, "LAYER_MISMATCH", "EU-AI-ACT:Art.43");
        assertThat(mismatch).containsEntry("severity", "CRITICAL").containsEntry("level", 1)
                .containsEntry("evaluation", "redteam-1");
        assertThat((String) mismatch.get("clauseVersion")).startsWith("EU-AI-ACT:2024/1689:Art.43#");
        assertThat((String) mismatch.get("rule")).isEqualTo("Best evidence measures below the harm layer");
        assertThat(analysis.getList("gaps.code")).contains("CERTIFICATION_HARM_LAYER_UNCOVERED",
                "PHYSICAL_CONTROLS_MISSING", "CONTRAINDICATION", "LANGUAGE_NOT_EVALUATED", "ASSUMPTION_CHALLENGED");
        assertThat(analysis.getList("gaps.severity").get(0)).isEqualTo("CRITICAL");
        assertThat(analysis.getInt("bySeverity.CRITICAL")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void sameAnalysis_askedTwice_isTheSameStoredAnswer() {
        String id = submit(TestAccounts.OFFICER_A, example("lora-assistant.json"));
        String first = TestAccounts.as(TestAccounts.OFFICER_A).get("/api/submissions/" + id + "/gaps?asOf=" + AS_OF)
                .then().statusCode(200).extract().asString();
        String second = TestAccounts.as(TestAccounts.OFFICER_A).get("/api/submissions/" + id + "/gaps?asOf=" + AS_OF)
                .then().statusCode(200).extract().asString();
        assertThat(second).isEqualTo(first);
        assertThat(new JsonPath(first).getList("gaps.code")).contains("CONFIGURATION_MISMATCH", "CONTRAINDICATION");
    }

    @Test
    void asOfBeforeAndAfterTheOmnibus_readsDifferentClauseVersions() {
        String id = submit(TestAccounts.OFFICER_A, example("embodied-robot.json"));
        String before = (String) gap(gaps(TestAccounts.OFFICER_A, id, "2026-07-31"), "LAYER_MISMATCH",
                "EU-AI-ACT:Art.43").get("clauseVersion");
        String after = (String) gap(gaps(TestAccounts.OFFICER_A, id, "2026-08-01"), "LAYER_MISMATCH",
                "EU-AI-ACT:Art.43").get("clauseVersion");
        assertThat(before).isNotEqualTo(after);
    }

    @Test
    void textChatbot_withMatchedRecentWellSampledEvidence_hasNoHighOrCriticalGap() {
        String id = submit(TestAccounts.OFFICER_A, example("text-chatbot.json"));
        JsonPath analysis = gaps(TestAccounts.OFFICER_A, id, AS_OF);
        assertThat(analysis.getList("gaps.severity")).doesNotContain("CRITICAL", "HIGH");
        assertThat(analysis.getInt("bySeverity.HIGH")).isZero();
    }

    @Test
    void japaneseAgent_isFlaggedForLanguageAndContraindications() {
        String id = submit(TestAccounts.OFFICER_A, example("japanese-support-agent.json"));
        JsonPath analysis = gaps(TestAccounts.OFFICER_A, id, AS_OF);
        assertThat(analysis.getList("gaps.code")).contains("LANGUAGE_NOT_EVALUATED", "CONTRAINDICATION",
                "STANDARD_LAPSED", "STANDARD_EXPIRING", "INSUFFICIENT_SAMPLE", "LAYER_MISMATCH");
        assertThat(analysis.getList("gaps.findAll { it.code == 'CONTRAINDICATION' }.message").toString())
                .contains("RLHF_SAFETY_TUNING", "SELF_REFLECTION", "SYSTEM_PROMPT_SAFETY");
    }

    @Test
    void invalidSubmission_namesEveryBadField_andStoresNothing() {
        long before = total(TestAccounts.OFFICER_B);
        String body = """
                {"system": {"name": "Broken", "harmLayer": "SKY", "embodied": true, "languages": ["en", "??"],
                   "components": [{"id": "base", "kind": "BASE_MODEL", "name": "m"}],
                   "interventions": ["PRAYER"], "physicalControls": ["EMERGENCY_STOP"]},
                 "certification": true,
                 "claims": [{"standard": "EU-AI-ACT", "version": "2024/1689", "clauses": ["Art.43", "Art.999"]}],
                 "evaluations": [{"id": "e1", "layer": "TEXT", "performedOn": "2099-01-01",
                   "components": ["arm"], "supports": ["EU-AI-ACT:Art.9"],
                   "attackFamilies": [{"name": "f", "scenarios": 5, "successes": 6}]}]}
                """;
        TestAccounts.as(TestAccounts.OFFICER_B).contentType(ContentType.JSON).body(body)
                .post("/api/submissions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("system.harmLayer", "system.languages[1]",
                        "system.interventions[0]", "claims[0].clauses[1]", "evaluations[0].performedOn",
                        "evaluations[0].components[0]", "evaluations[0].supports[0]",
                        "evaluations[0].attackFamilies[0].successes"));
        assertThat(total(TestAccounts.OFFICER_B)).isEqualTo(before);
    }

    @Test
    void unknownFieldOrMalformedJson_is400NamingTheField() {
        TestAccounts.as(TestAccounts.OFFICER_B).contentType(ContentType.JSON)
                .body(example("text-chatbot.json").replace("\"harmLayer\"", "\"harmlayer\""))
                .post("/api/submissions")
                .then().statusCode(400).body("field", equalTo("system.harmlayer"));
        TestAccounts.as(TestAccounts.OFFICER_B).contentType(ContentType.JSON).body("{\"system\": {")
                .post("/api/submissions")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void otherOrganisation_getsNotFound_andRegulatorReadsOnlyCertificationClaims() {
        String certified = submit(TestAccounts.OFFICER_A, example("embodied-robot.json"));
        String uncertified = submit(TestAccounts.OFFICER_A, example("japanese-support-agent.json"));

        TestAccounts.as(TestAccounts.OFFICER_B).get("/api/submissions/" + certified)
                .then().statusCode(404).contentType("application/problem+json");
        TestAccounts.as(TestAccounts.OFFICER_B).get("/api/submissions/" + certified + "/gaps")
                .then().statusCode(404);
        TestAccounts.as(TestAccounts.OFFICER_B).get("/api/submissions")
                .then().statusCode(200).body("items.id", not(hasItem(certified)));

        TestAccounts.as(TestAccounts.REGULATOR).get("/api/submissions/" + certified).then().statusCode(200);
        TestAccounts.as(TestAccounts.REGULATOR).get("/api/submissions/" + uncertified).then().statusCode(404);
        TestAccounts.as(TestAccounts.REGULATOR).get("/api/submissions?size=200")
                .then().statusCode(200)
                .body("items.id", hasItem(certified))
                .body("items.id", not(hasItem(uncertified)));
        TestAccounts.as(TestAccounts.OFFICER_A).get("/api/submissions?size=200")
                .then().statusCode(200).body("items.id", hasItems(certified, uncertified));
    }

    @Test
    void storedSubmission_cannotBeChangedOrDeleted() {
        String id = submit(TestAccounts.OFFICER_A, example("text-chatbot.json"));
        TestAccounts.as(TestAccounts.OFFICER_A).contentType(ContentType.JSON).body(example("text-chatbot.json"))
                .put("/api/submissions/" + id).then().statusCode(405);
        TestAccounts.as(TestAccounts.OFFICER_A).delete("/api/submissions/" + id).then().statusCode(405);
    }

    @Test
    void gaps_comeAsCsvOrJson_byExtensionOrAccept_withTheSameContent() {
        String id = submit(TestAccounts.OFFICER_A, example("embodied-robot.json"));
        JsonPath json = gaps(TestAccounts.OFFICER_A, id, AS_OF);
        Response csv = TestAccounts.as(TestAccounts.OFFICER_A)
                .get("/api/submissions/" + id + "/gaps.csv?asOf=" + AS_OF)
                .then().statusCode(200).contentType("text/csv")
                .header("X-Vigil-Ruleset-Hash", json.getString("rulesetHash"))
                .header("X-Vigil-Catalog-Hash", json.getString("catalogHash"))
                .header("Content-Disposition", containsString(".csv"))
                .extract().response();
        String[] lines = csv.asString().split("\r\n");
        assertThat(lines[0]).isEqualTo("code,level,severity,clause,clauseVersion,evaluation,finding,message,"
                + "recommendation,rule");
        assertThat(lines).hasSize(json.getList("gaps").size() + 1);
        assertThat(lines[1]).startsWith(json.getString("gaps[0].code") + ",1,CRITICAL,");

        String negotiated = TestAccounts.as(TestAccounts.OFFICER_A).accept("text/csv")
                .get("/api/submissions/" + id + "/gaps?asOf=" + AS_OF)
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(negotiated).isEqualTo(csv.asString());
        assertThat(TestAccounts.as(TestAccounts.OFFICER_A).get("/api/submissions/" + id + "/gaps.json?asOf=" + AS_OF)
                .then().statusCode(200).extract().jsonPath().getList("gaps.code"))
                .isEqualTo(json.getList("gaps.code"));
    }

    @Test
    void badAsOf_is400NamingIt() {
        String id = submit(TestAccounts.OFFICER_A, example("text-chatbot.json"));
        TestAccounts.as(TestAccounts.OFFICER_A).get("/api/submissions/" + id + "/gaps?asOf=3 Dec 2026")
                .then().statusCode(400).body("field", equalTo("asOf"));
    }

    static String submit(String officer, String body) {
        return TestAccounts.as(officer).contentType(ContentType.JSON).body(body)
                .post("/api/submissions")
                .then().statusCode(201)
                .header("Location", containsString("/api/submissions/"))
                .extract().path("id");
    }

    static long total(String officer) {
        return TestAccounts.as(officer).get("/api/submissions").then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }

    static JsonPath gaps(String officer, String id, String asOf) {
        return TestAccounts.as(officer).get("/api/submissions/" + id + "/gaps?asOf=" + asOf)
                .then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> gap(JsonPath analysis, String code, String clause) {
        List<Map<String, Object>> found = analysis.getList(
                "gaps.findAll { it.code == '" + code + "' && it.clause == '" + clause + "' }");
        assertThat(found).as("%s gaps for %s", code, clause).hasSize(1);
        return found.get(0);
    }

    static String example(String name) {
        try {
            return Files.readString(Path.of("examples", name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

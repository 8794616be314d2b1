package org.vigil.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;
import org.vigil.report.pdf.PdfAValidation;
import org.vigil.report.pdf.PdfPages;
import org.vigil.testing.TestAccounts;

/** The gap report, coverage report and sunset digest over HTTP, read back from the PDF. */
@QuarkusTest
class ReportsTest {

    static final String AS_OF = "2026-12-03";

    @Test
    void gapReport_embodiedRobot_showsGapsClausesHashesAndPageNumbers() throws Exception {
        String id = submit(TestAccounts.OFFICER_A, example("embodied-robot.json"));
        String ruleset = TestAccounts.as(TestAccounts.OFFICER_A).get("/api/rules").then().extract()
                .path("rulesetHash");

        Response response = TestAccounts.as(TestAccounts.OFFICER_A)
                .get("/api/submissions/" + id + "/report.pdf?asOf=" + AS_OF);
        response.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"gap-report-" + id + "-" + AS_OF + ".pdf\"")
                .header("X-Vigil-Report-Id", startsWith("VGL-GAP-"))
                .header("ETag", startsWith("\"sha256:"));
        byte[] pdf = response.asByteArray();

        List<String> pages = PdfPages.texts(pdf);
        String all = String.join("\n", pages);
        assertThat(all).contains("Picker-7 warehouse robot", "Organisation org-a", "Catalog as of", AS_OF);
        // An auditor copies the hashes from the cover, so there they must not wrap.
        assertThat(pages.get(0)).contains(ruleset, response.header("X-Vigil-Report-Id"));
        // Table cells wrap long codes and hashes, so those are looked for with line breaks removed.
        assertThat(flat(all)).contains(ruleset, response.header("X-Vigil-Report-Id"), "LAYER_MISMATCH",
                "CERTIFICATION_HARM_LAYER_UNCOVERED", "PHYSICAL_CONTROLS_MISSING", "CONTRAINDICATION",
                "EU-AI-ACT:Art.43", "EU-AI-ACT:2024/1689:Art.43#", "redteam-1");
        assertThat(all).contains("Level 1: clinical", "Coverage matrix", "Sunset state of the claimed standards",
                "Contraindications met", "Best evidence measures below the harm layer", "layers.drl:");
        for (int page = 1; page <= pages.size(); page++) {
            assertThat(pages.get(page - 1)).contains("Page " + page + " of " + pages.size());
        }
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Gap report: Picker-7 warehouse robot");
            assertThat(info.getSubject()).contains(id, AS_OF);
            assertThat(info.getAuthor()).isEqualTo("Vigil AI-safety governance");
            assertThat(info.getKeywords()).contains("EU-AI-ACT 2024/1689");
        }
    }

    @Test
    void gapReport_renderedTwice_isByteIdentical_andEachDownloadIsAudited() {
        String id = submit(TestAccounts.OFFICER_A, example("lora-assistant.json"));
        String path = "/api/submissions/" + id + "/report.pdf?asOf=" + AS_OF;

        Response first = TestAccounts.as(TestAccounts.OFFICER_A).get(path);
        Response second = TestAccounts.as(TestAccounts.OFFICER_A).get(path);

        assertThat(second.asByteArray()).isEqualTo(first.asByteArray());
        String reportId = first.header("X-Vigil-Report-Id");
        TestAccounts.as(TestAccounts.ADMIN).get("/api/audit?action=DOWNLOAD&entity=report&entityId=" + reportId)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].actor", equalTo(TestAccounts.OFFICER_A))
                .body("items[0].entityType", equalTo("report"));
    }

    @Test
    void gapReport_anotherOrganisationsSubmission_isNotFound() {
        String id = submit(TestAccounts.OFFICER_A, example("text-chatbot.json"));

        TestAccounts.as(TestAccounts.OFFICER_B).get("/api/submissions/" + id + "/report.pdf")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void gapReport_badAsOf_isAProblemNamingTheField() {
        String id = submit(TestAccounts.OFFICER_A, example("text-chatbot.json"));

        TestAccounts.as(TestAccounts.OFFICER_A).get("/api/submissions/" + id + "/report.pdf?asOf=yesterday")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void coverageReport_forTheRegulator_givesEachClauseAVerdictWithReasonAndEvidence() throws Exception {
        String id = submit(TestAccounts.OFFICER_A, example("embodied-robot.json"));

        Response response = TestAccounts.as(TestAccounts.REGULATOR)
                .get("/api/submissions/" + id + "/coverage.pdf?asOf=" + AS_OF);
        response.then().statusCode(200).contentType("application/pdf")
                .header("X-Vigil-Report-Id", startsWith("VGL-COVERAGE-"));
        byte[] pdf = response.asByteArray();

        String text = PdfPages.text(pdf);
        assertThat(text).contains("Coverage report", "redteam-1 (TEXT)", "2 claimed clauses: 0 covered");
        assertThat(flat(text)).contains(flat("EU-AI-ACT:Art.43"), "EU-AI-ACT:Art.15", "NOT_COVERED",
                flat("two layers short of the PHYSICAL layer"));
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Test
    void coverageReport_ofASubmissionWithoutCertification_isNotFoundForTheRegulator() {
        String id = submit(TestAccounts.OFFICER_A, example("japanese-support-agent.json"));

        TestAccounts.as(TestAccounts.REGULATOR).get("/api/submissions/" + id + "/coverage.pdf")
                .then().statusCode(404).contentType("application/problem+json");
        TestAccounts.as(TestAccounts.OFFICER_A).get("/api/submissions/" + id + "/coverage.pdf")
                .then().statusCode(200).contentType("application/pdf");
    }

    @Test
    void sunsetDigest_listsEveryVersionWithStateDatesAndDaysLeft() throws Exception {
        Response response = TestAccounts.as(TestAccounts.REGULATOR).get("/api/sunsets/digest.pdf?asOf=" + AS_OF);
        response.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"sunset-digest-" + AS_OF + ".pdf\"");
        byte[] pdf = response.asByteArray();

        String text = PdfPages.text(pdf);
        List<String> versions = TestAccounts.as(TestAccounts.REGULATOR).get("/api/sunsets?asOf=" + AS_OF)
                .then().extract().jsonPath().getList("version");
        assertThat(versions).isNotEmpty();
        assertThat(text).contains(versions.toArray(String[]::new));
        assertThat(text).contains("LAPSED", "EXPIRING", "Timeline");
        assertThat(flat(text)).contains("2026-12-18", "2026-01-26");
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
        assertThat(TestAccounts.as(TestAccounts.REGULATOR).get("/api/sunsets/digest.pdf?asOf=" + AS_OF)
                .asByteArray()).isEqualTo(pdf);
    }

    @Test
    void gapReport_japaneseSystemAndAccentedOrganisation_renderAndReadBack() throws Exception {
        TestAccounts.as(TestAccounts.ADMIN).contentType(ContentType.JSON)
                .body("{\"id\": \"org-zurich\", \"name\": \"Société Générale Robotique, Zürich\"}")
                .post("/api/organisations").then().statusCode(org.hamcrest.Matchers.anyOf(
                        equalTo(201), equalTo(409)));
        TestAccounts.as(TestAccounts.ADMIN).contentType(ContentType.JSON)
                .body("{\"username\": \"officer-zurich\", \"password\": \"" + TestAccounts.PASSWORD + "\","
                        + " \"roles\": [\"OFFICER\"], \"organisation\": \"org-zurich\"}")
                .post("/api/accounts").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(409)));
        String body = example("japanese-support-agent.json")
                .replace("Sakura customer-support agent", "さくら顧客サポート安全評価システム");
        String id = submit("officer-zurich", body);

        byte[] pdf = TestAccounts.as("officer-zurich").get("/api/submissions/" + id + "/report.pdf?asOf=" + AS_OF)
                .then().statusCode(200).extract().asByteArray();

        assertThat(PdfPages.text(pdf)).contains("さくら顧客サポート安全評価システム",
                "Société Générale Robotique, Zürich");
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    static String submit(String officer, String body) {
        return TestAccounts.as(officer).contentType(ContentType.JSON).body(body).post("/api/submissions")
                .then().statusCode(201).extract().path("id");
    }

    static String example(String name) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("examples", name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

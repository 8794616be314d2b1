package org.vigil.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.testing.TestAccounts;

/** Each kind of change leaves an audit row with the right actor and the values before and after. */
@QuarkusTest
class AuditTrailTest {

    @Test
    void organisationAndAccountChanges_recordTheAdministratorAndTheValues() {
        String since = Instant.now().minusSeconds(1).toString();
        admin().contentType(ContentType.JSON).body("{\"id\": \"audit-org\", \"name\": \"Audited Ltd\"}")
                .post("/api/organisations").then().statusCode(201);
        admin().contentType(ContentType.JSON).body("""
                {"username": "audit-officer", "password": "twelve-chars-ok", "roles": ["OFFICER"],
                 "organisation": "audit-org"}
                """).post("/api/accounts").then().statusCode(201);
        admin().contentType(ContentType.JSON).body("{\"roles\": [\"OFFICER\", \"REGULATOR\"]}")
                .patch("/api/accounts/audit-officer").then().statusCode(200);

        Map<String, Object> org = single("entity=Organisation&entityId=audit-org");
        assertThat(org).containsEntry("actor", "admin").containsEntry("action", "CREATE")
                .containsEntry("before", null);
        assertThat(path(org, "after.name")).isEqualTo("Audited Ltd");

        JsonPath account = events("entity=Account&entityId=audit-officer&from=" + since);
        assertThat(account.getList("items.action")).containsExactly("UPDATE", "CREATE");
        assertThat(account.getList("items.actor")).containsOnly("admin");
        assertThat(account.getList("items[0].before.roles")).containsExactly("OFFICER");
        assertThat(account.getList("items[0].after.roles")).containsExactly("OFFICER", "REGULATOR");
        assertThat(account.getString("items[1].after")).doesNotContain("passwordHash").doesNotContain("twelve");
    }

    @Test
    void catalogChange_recordsTheCurator() {
        TestAccounts.as(TestAccounts.CURATOR).contentType(ContentType.JSON).body("""
                {"id": "AUDIT-STD", "title": "Audited standard", "publisher": "Test body", "kind": "STANDARD"}
                """).post("/api/standards").then().statusCode(201);

        Map<String, Object> event = single("entity=Standard&entityId=AUDIT-STD");
        assertThat(event).containsEntry("actor", TestAccounts.CURATOR).containsEntry("action", "CREATE");
        assertThat(path(event, "after.title")).isEqualTo("Audited standard");
    }

    @Test
    void tokenCreationAndRevocation_recordTheirOwner() {
        JsonPath created = TestAccounts.as(TestAccounts.REGULATOR).contentType(ContentType.JSON)
                .body("{\"name\": \"audited\"}")
                .post("/api/tokens").then().statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        TestAccounts.as(TestAccounts.REGULATOR).delete("/api/tokens/" + id).then().statusCode(200);

        JsonPath events = events("entity=ApiToken&entityId=" + id);
        assertThat(events.getList("items.action")).containsExactly("REVOKE", "CREATE");
        assertThat(events.getList("items.actor")).containsOnly(TestAccounts.REGULATOR);
        assertThat(events.getString("items[0].before.revokedAt")).isNull();
        assertThat(events.getString("items[0].after.revokedAt")).isNotNull();
        assertThat(events.prettify()).doesNotContain(created.getString("token"));
    }

    @Test
    void ownPasswordChange_isRecordedWithoutThePassword() {
        admin().contentType(ContentType.JSON).body("""
                {"username": "audit-pw", "password": "twelve-chars-ok", "roles": ["CURATOR"]}
                """).post("/api/accounts").then().statusCode(201);
        given().auth().preemptive().basic("audit-pw", "twelve-chars-ok").contentType(ContentType.JSON)
                .body("{\"currentPassword\": \"twelve-chars-ok\", \"newPassword\": \"new-password-12\"}")
                .put("/api/me/password").then().statusCode(204);

        JsonPath events = events("entity=Account&entityId=audit-pw&action=UPDATE");
        assertThat(events.getString("items[0].actor")).isEqualTo("audit-pw");
        assertThat(events.getString("items[0].detail")).isEqualTo("password changed");
        assertThat(events.prettify()).doesNotContain("new-password-12");
    }

    @Test
    void failedSignIn_isRecordedWithTheUsernameTriedAndNoPassword() {
        given().auth().preemptive().basic("audit-nobody", "guessed-password").get("/api/me")
                .then().statusCode(401);

        Map<String, Object> event = single("entity=Account&entityId=audit-nobody&action=SIGN_IN_FAILED");
        assertThat(event).containsEntry("actor", "anonymous");
        assertThat((String) event.get("detail")).startsWith("unknown account");
        assertThat(event.toString()).doesNotContain("guessed-password");
    }

    @Test
    void refusedChange_leavesNoAuditRow() {
        long before = events("entity=Account&entityId=curator").getLong("total");
        admin().contentType(ContentType.JSON).body("""
                {"username": "curator", "password": "twelve-chars-ok", "roles": ["CURATOR"]}
                """).post("/api/accounts").then().statusCode(409);
        assertThat(events("entity=Account&entityId=curator").getLong("total")).isEqualTo(before);
    }

    @Test
    void filters_byActorAndTime_andRejectBadValues() {
        admin().get("/api/audit?actor=nobody-at-all").then().statusCode(200).body("total", equalTo(0));
        admin().get("/api/audit?to=2000-01-01").then().statusCode(200).body("total", equalTo(0));
        admin().get("/api/audit?from=yesterday").then().statusCode(400).body("field", equalTo("from"));
        admin().get("/api/audit?action=EXPLODE").then().statusCode(400).body("field", equalTo("action"));
        admin().get("/api/audit?size=0").then().statusCode(400).body("field", equalTo("size"));
        TestAccounts.as(TestAccounts.CURATOR).get("/api/audit").then().statusCode(403);
    }

    private static JsonPath events(String query) {
        return admin().get("/api/audit?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> single(String query) {
        List<Map<String, Object>> items = admin().get("/api/audit?" + query).then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(items).as("audit events for %s", query).hasSize(1);
        return items.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Object path(Map<String, Object> event, String dotted) {
        Object value = event;
        for (String part : dotted.split("\\.")) {
            value = ((Map<String, Object>) value).get(part);
        }
        return value;
    }

    private static RequestSpecification admin() {
        return TestAccounts.as(TestAccounts.ADMIN);
    }
}

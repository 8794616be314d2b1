package org.vigil.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.testing.TestAccounts;

/** Creating, changing and disabling accounts, and the rules that keep an administrator. */
@QuarkusTest
class AccountsTest {

    @Test
    void createdAccount_signsInWithItsRolesAndOrganisation() {
        admin().contentType(ContentType.JSON).body("""
                {"username": "acc-new", "password": "twelve-chars-ok", "roles": ["OFFICER", "CURATOR"],
                 "organisation": "org-a"}
                """)
                .post("/api/accounts")
                .then().statusCode(201)
                .header("Location", containsString("/api/accounts/acc-new"))
                .body("roles", equalTo(List.of("CURATOR", "OFFICER")))
                .body("organisation", equalTo("org-a"))
                .body("passwordHash", nullValue());

        given().auth().preemptive().basic("acc-new", "twelve-chars-ok")
                .get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo("acc-new"))
                .body("organisation", equalTo("org-a"))
                .body("signedInWith", equalTo("password"));
    }

    @Test
    void invalidAccount_is400NamingEachField_andStoresNothing() {
        admin().contentType(ContentType.JSON).body("""
                {"username": "Bad Name", "password": "short", "roles": ["OFFICER", "KING"]}
                """)
                .post("/api/accounts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("username"))
                .body("errors.field", hasItem("password"))
                .body("errors.field", hasItem("roles[1]"))
                .body("errors.field", hasItem("organisation"));
        admin().get("/api/accounts").then().statusCode(200)
                .body("username", not(hasItem("Bad Name")));
    }

    @Test
    void officerWithoutOrganisation_is400() {
        admin().contentType(ContentType.JSON).body("""
                {"username": "acc-orphan", "password": "twelve-chars-ok", "roles": ["OFFICER"]}
                """)
                .post("/api/accounts")
                .then().statusCode(400)
                .body("field", equalTo("organisation"))
                .body("detail", containsString("OFFICER"));
    }

    @Test
    void takenUsername_is409() {
        admin().contentType(ContentType.JSON).body("""
                {"username": "curator", "password": "twelve-chars-ok", "roles": ["CURATOR"]}
                """)
                .post("/api/accounts")
                .then().statusCode(409).body("field", equalTo("username"));
    }

    @Test
    void disabledAccount_cannotSignIn_andEnabledAgainCan() {
        create("acc-disable", "REGULATOR");
        given().auth().preemptive().basic("acc-disable", "twelve-chars-ok").get("/api/me")
                .then().statusCode(200);

        admin().contentType(ContentType.JSON).body("{\"disabled\": true}")
                .patch("/api/accounts/acc-disable")
                .then().statusCode(200).body("disabled", equalTo(true));
        given().auth().preemptive().basic("acc-disable", "twelve-chars-ok").get("/api/me")
                .then().statusCode(401).contentType("application/problem+json");

        admin().contentType(ContentType.JSON).body("{\"disabled\": false}")
                .patch("/api/accounts/acc-disable").then().statusCode(200);
        given().auth().preemptive().basic("acc-disable", "twelve-chars-ok").get("/api/me")
                .then().statusCode(200);
    }

    @Test
    void roleChange_takesEffectOnTheNextRequest() {
        create("acc-promote", "REGULATOR");
        given().auth().preemptive().basic("acc-promote", "twelve-chars-ok")
                .contentType(ContentType.JSON).body("{}")
                .post("/api/standards").then().statusCode(403);

        admin().contentType(ContentType.JSON).body("{\"roles\": [\"CURATOR\"]}")
                .patch("/api/accounts/acc-promote")
                .then().statusCode(200).body("roles", equalTo(List.of("CURATOR")));
        given().auth().preemptive().basic("acc-promote", "twelve-chars-ok")
                .contentType(ContentType.JSON).body("{}")
                .post("/api/standards").then().statusCode(400);
    }

    @Test
    void administrator_cannotLockThemselvesOut() {
        admin().contentType(ContentType.JSON).body("{\"disabled\": true}")
                .patch("/api/accounts/admin")
                .then().statusCode(409).body("field", equalTo("disabled"));
        admin().contentType(ContentType.JSON).body("{\"roles\": [\"CURATOR\"]}")
                .patch("/api/accounts/admin")
                .then().statusCode(409).body("field", equalTo("roles"));
        admin().get("/api/accounts/admin").then().statusCode(200)
                .body("roles", equalTo(List.of("ADMIN"))).body("disabled", equalTo(false));
    }

    @Test
    void ownPasswordChange_needsTheCurrentPassword_andReplacesIt() {
        create("acc-password", "REGULATOR");
        given().auth().preemptive().basic("acc-password", "twelve-chars-ok")
                .contentType(ContentType.JSON)
                .body("{\"currentPassword\": \"not-the-password\", \"newPassword\": \"another-long-one\"}")
                .put("/api/me/password")
                .then().statusCode(400).body("field", equalTo("currentPassword"));
        given().auth().preemptive().basic("acc-password", "twelve-chars-ok")
                .contentType(ContentType.JSON)
                .body("{\"currentPassword\": \"twelve-chars-ok\", \"newPassword\": \"another-long-one\"}")
                .put("/api/me/password")
                .then().statusCode(204);

        given().auth().preemptive().basic("acc-password", "another-long-one").get("/api/me")
                .then().statusCode(200);
        given().auth().preemptive().basic("acc-password", "twelve-chars-ok").get("/api/me")
                .then().statusCode(401);
    }

    @Test
    void loginForm_setsASessionCookie_andAFailureReturnsToTheForm() {
        TestAccounts.ensure();
        var cookies = given().redirects().follow(false)
                .formParam("j_username", TestAccounts.REGULATOR)
                .formParam("j_password", TestAccounts.PASSWORD)
                .post("/j_security_check")
                .then().statusCode(302).extract().detailedCookies();
        given().cookies(cookies).get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo(TestAccounts.REGULATOR))
                .body("signedInWith", equalTo("session"));

        given().redirects().follow(false)
                .formParam("j_username", "nobody-here")
                .formParam("j_password", "whatever-it-is")
                .post("/j_security_check")
                .then().statusCode(303).header("Location", containsString("/login?failed=1"));
        given().queryParam("failed", "1").get("/login")
                .then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("were not accepted"));
    }

    static void create(String username, String role) {
        admin().contentType(ContentType.JSON)
                .body("{\"username\": \"" + username + "\", \"password\": \"twelve-chars-ok\", \"roles\": [\""
                        + role + "\"]}")
                .post("/api/accounts")
                .then().statusCode(201);
    }

    static RequestSpecification admin() {
        return TestAccounts.as(TestAccounts.ADMIN);
    }
}

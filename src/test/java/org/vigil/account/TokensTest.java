package org.vigil.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.vigil.testing.TestAccounts;

/** Personal API tokens: shown once, usable as Bearer, revocable, private to their owner. */
@QuarkusTest
class TokensTest {

    @Test
    void createdToken_signsIn_isListedWithoutItsSecret_andStopsWorkingWhenRevoked() {
        JsonPath created = TestAccounts.as(TestAccounts.OFFICER_A).contentType(ContentType.JSON)
                .body("{\"name\": \"ci pipeline\"}")
                .post("/api/tokens")
                .then().statusCode(201)
                .body("token", startsWith("vgl_"))
                .extract().jsonPath();
        String token = created.getString("token");
        long id = created.getLong("id");

        given().auth().oauth2(token).get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo(TestAccounts.OFFICER_A))
                .body("organisation", equalTo(TestAccounts.ORG_A))
                .body("signedInWith", equalTo("token"));

        JsonPath listed = TestAccounts.as(TestAccounts.OFFICER_A).get("/api/tokens")
                .then().statusCode(200).extract().jsonPath();
        assertThat(listed.getList("findAll { it.id == " + id + " }.token")).containsOnlyNulls();
        assertThat(listed.getString("find { it.id == " + id + " }.prefix")).isEqualTo(token.substring(0, 12));
        assertThat(listed.getString("find { it.id == " + id + " }.lastUsedAt")).isNotNull();

        TestAccounts.as(TestAccounts.OFFICER_A).delete("/api/tokens/" + id)
                .then().statusCode(200).body("revokedAt", notNullValue());
        given().auth().oauth2(token).get("/api/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anotherAccountsToken_cannotBeRevoked_andIsNotFound() {
        long id = TestAccounts.as(TestAccounts.OFFICER_A).contentType(ContentType.JSON)
                .body("{\"name\": \"mine\"}")
                .post("/api/tokens").then().statusCode(201).extract().jsonPath().getLong("id");

        TestAccounts.as(TestAccounts.OFFICER_B).delete("/api/tokens/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        TestAccounts.as(TestAccounts.OFFICER_A).get("/api/tokens")
                .then().body("find { it.id == " + id + " }.revokedAt", nullValue());
    }

    @Test
    void tokenOfADisabledAccount_isRefused() {
        AccountsTest.create("tok-disable", "CURATOR");
        String token = given().auth().preemptive().basic("tok-disable", "twelve-chars-ok")
                .contentType(ContentType.JSON).body("{\"name\": \"script\"}")
                .post("/api/tokens").then().statusCode(201).extract().path("token");
        given().auth().oauth2(token).get("/api/me").then().statusCode(200);

        AccountsTest.admin().contentType(ContentType.JSON).body("{\"disabled\": true}")
                .patch("/api/accounts/tok-disable").then().statusCode(200);
        given().auth().oauth2(token).get("/api/me").then().statusCode(401);
    }

    @Test
    void unknownToken_is401_andExpiryInThePast_is400() {
        given().auth().oauth2("vgl_not-a-real-token").get("/api/me")
                .then().statusCode(401).body("detail", equalTo("The credentials were not accepted"));
        TestAccounts.as(TestAccounts.CURATOR).contentType(ContentType.JSON)
                .body("{\"name\": \"old\", \"expiresAt\": \"2001-01-01\"}")
                .post("/api/tokens")
                .then().statusCode(400).body("field", equalTo("expiresAt"));
        TestAccounts.as(TestAccounts.CURATOR).contentType(ContentType.JSON)
                .body("{\"name\": \"odd\", \"expiresAt\": \"next tuesday\"}")
                .post("/api/tokens")
                .then().statusCode(400).body("field", equalTo("expiresAt"));
    }
}

package org.vigil.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.vigil.testing.TestAccounts;

/** Errors of every kind are problem JSON without internals; headers close the usual doors. */
@QuarkusTest
class HardeningTest {

    @Test
    void methodNotAllowed_is405ProblemJson() {
        TestAccounts.as(TestAccounts.CURATOR).delete("/api/standards")
                .then().statusCode(405).contentType("application/problem+json").body("status", equalTo(405));
    }

    @Test
    void unsupportedMediaType_is415ProblemJson() {
        TestAccounts.as(TestAccounts.ADMIN).contentType("text/csv").body("id,name")
                .post("/api/organisations")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    void bodyOverTheLimit_is413ProblemJson_beforeAuthentication() {
        byte[] big = new byte[21 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        given().contentType(ContentType.JSON).body(big)
                .post("/api/organisations")
                .then().statusCode(413).contentType("application/problem+json")
                .body("field", equalTo("body"))
                .body("detail", containsString("20 MiB"));
    }

    @Test
    void unknownPath_is404ProblemJson() {
        given().get("/no/such/page")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void malformedJson_namesNoInternals() {
        TestAccounts.as(TestAccounts.ADMIN).contentType(ContentType.JSON).body("{\"id\": ")
                .post("/api/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("com.fasterxml")))
                .body(not(containsString("\tat ")))
                .body(not(containsString("SQL")));
    }

    @Test
    void responses_carrySecurityHeaders() {
        given().get("/api/standards")
                .then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Strict-Transport-Security", containsString("max-age="))
                .header("Cache-Control", "no-store");
    }

    @Test
    void crossOriginRequests_getNoCorsGrant() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/organisations")
                .then().header("Access-Control-Allow-Origin", nullValue());
        TestAccounts.as(TestAccounts.ADMIN).header("Origin", "https://evil.example")
                .get("/api/organisations")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void repeatedFailedSignIns_are429WithRetryAfter_evenWithTheRightPassword() {
        TestAccounts.as(TestAccounts.ADMIN).contentType(ContentType.JSON).body("""
                {"username": "throttled-user", "password": "twelve-chars-ok", "roles": ["CURATOR"]}
                """).post("/api/accounts").then().statusCode(201);
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic("throttled-user", "wrong-password-" + i).get("/api/me")
                    .then().statusCode(401);
        }
        given().auth().preemptive().basic("throttled-user", "twelve-chars-ok").get("/api/me")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        TestAccounts.as(TestAccounts.ADMIN).get("/api/audit?entity=Account&entityId=throttled-user"
                        + "&action=SIGN_IN_FAILED")
                .then().statusCode(200).body("total", equalTo(6))
                .body("items[0].detail", containsString("throttled"));
    }
}

package org.vigil.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.hamcrest.Matcher;

/**
 * The accounts every test signs in with: the bootstrapped administrator and one account per
 * role, officers in two organisations. They are created through the API on first use against
 * each running application and reused after that.
 */
public final class TestAccounts {

    /** The administrator's password, set by {@code %test.vigil.admin.password}. */
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String PASSWORD = "a-long-test-password";

    public static final String ADMIN = "admin";
    public static final String CURATOR = "curator";
    public static final String OFFICER_A = "officer-a";
    public static final String OFFICER_B = "officer-b";
    public static final String REGULATOR = "regulator";

    public static final String ORG_A = "org-a";
    public static final String ORG_B = "org-b";

    private static final Map<String, String> ACCOUNTS = Map.of(
            CURATOR, "{\"roles\": [\"CURATOR\"]}",
            OFFICER_A, "{\"roles\": [\"OFFICER\"], \"organisation\": \"" + ORG_A + "\"}",
            OFFICER_B, "{\"roles\": [\"OFFICER\"], \"organisation\": \"" + ORG_B + "\"}",
            REGULATOR, "{\"roles\": [\"REGULATOR\"]}");

    private static int preparedPort = -1;

    private TestAccounts() {
    }

    /** Returns a request signed in with HTTP Basic as the given test account. */
    public static RequestSpecification as(String username) {
        ensure();
        return given().auth().preemptive().basic(username, password(username));
    }

    /** Signs every following request in as the account, until {@link #signOut()}. */
    public static void signInByDefault(String username) {
        ensure();
        RestAssured.authentication = RestAssured.preemptive().basic(username, password(username));
    }

    public static void signOut() {
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
    }

    public static String password(String username) {
        return ADMIN.equals(username) ? ADMIN_PASSWORD : PASSWORD;
    }

    /** Creates the organisations and accounts unless this application already has them. */
    public static synchronized void ensure() {
        if (preparedPort == RestAssured.port) {
            return;
        }
        for (String org : new String[] {ORG_A, ORG_B}) {
            admin().contentType(ContentType.JSON)
                    .body("{\"id\": \"" + org + "\", \"name\": \"Organisation " + org + "\"}")
                    .post("/api/organisations").then().statusCode(either(201, 409));
        }
        ACCOUNTS.forEach((username, roles) -> {
            String body = roles.replaceFirst("^\\{", "{\"username\": \"" + username
                    + "\", \"password\": \"" + PASSWORD + "\", ");
            admin().contentType(ContentType.JSON).body(body)
                    .post("/api/accounts").then().statusCode(either(201, 409));
        });
        preparedPort = RestAssured.port;
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    private static Matcher<Integer> either(int created, int existing) {
        return anyOf(is(created), is(existing));
    }
}

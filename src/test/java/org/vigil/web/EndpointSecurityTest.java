package org.vigil.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.testing.TestAccounts;

/**
 * Walks every operation in the OpenAPI document and checks who may call it.
 *
 * <p>{@link #RULES} is the access policy, written out by hand: an operation missing from it
 * fails the build, so a new endpoint cannot ship without a decision about who may call it.
 * For every operation the test checks that the document declares exactly those roles, that
 * an anonymous call gets 401, that every other role gets 403, and that every allowed role
 * gets past the security check.
 */
@QuarkusTest
class EndpointSecurityTest {

    private static final Set<String> ANY = Set.of("ADMIN", "CURATOR", "OFFICER", "REGULATOR");
    private static final Set<String> ADMIN = Set.of("ADMIN");
    private static final Set<String> CURATOR = Set.of("CURATOR");
    private static final Set<String> ADMIN_OR_OFFICER = Set.of("ADMIN", "OFFICER");
    private static final Set<String> OFFICER = Set.of("OFFICER");
    private static final Set<String> ADMIN_OR_CURATOR = Set.of("ADMIN", "CURATOR");
    private static final Set<String> OFFICER_OR_REGULATOR = Set.of("OFFICER", "REGULATOR");

    /** Who may call what; {@link #ANY} means any signed-in account. */
    static final Map<String, Set<String>> RULES = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /api/accounts", ADMIN),
            Map.entry("POST /api/accounts", ADMIN),
            Map.entry("GET /api/accounts/{username}", ADMIN),
            Map.entry("PATCH /api/accounts/{username}", ADMIN),
            Map.entry("GET /api/audit", ADMIN),
            Map.entry("POST /api/catalog/imports", CURATOR),
            Map.entry("GET /api/contraindications", ANY),
            Map.entry("GET /api/findings", ANY),
            Map.entry("GET /api/findings/{id}", ANY),
            Map.entry("GET /api/me", ANY),
            Map.entry("PUT /api/me/password", ANY),
            Map.entry("GET /api/organisations", ADMIN),
            Map.entry("POST /api/organisations", ADMIN),
            Map.entry("GET /api/organisations/{id}", ADMIN_OR_OFFICER),
            Map.entry("GET /api/organisations/{id}/accounts", ADMIN_OR_OFFICER),
            Map.entry("GET /api/standards", ANY),
            Map.entry("POST /api/standards", CURATOR),
            Map.entry("GET /api/standards/{id}", ANY),
            Map.entry("GET /api/standards/{id}/clauses", ANY),
            Map.entry("GET /api/standards/{id}/clauses/{ref}", ANY),
            Map.entry("GET /api/standards/{id}/clauses/{ref}/history", ANY),
            Map.entry("GET /api/standards/{id}/versions", ANY),
            Map.entry("POST /api/standards/{id}/versions", CURATOR),
            Map.entry("GET /api/standards/{id}/versions/{label}", ANY),
            Map.entry("GET /api/rules", ANY),
            Map.entry("POST /api/rules/reload", CURATOR),
            Map.entry("GET /api/submissions", OFFICER_OR_REGULATOR),
            Map.entry("POST /api/submissions", OFFICER),
            Map.entry("GET /api/submissions/{id}", OFFICER_OR_REGULATOR),
            Map.entry("GET /api/submissions/{id}/gaps", OFFICER),
            Map.entry("GET /api/submissions/{id}/gaps.csv", OFFICER),
            Map.entry("GET /api/submissions/{id}/gaps.json", OFFICER),
            Map.entry("GET /api/submissions/{id}/report.pdf", OFFICER),
            Map.entry("GET /api/submissions/{id}/coverage.pdf", OFFICER_OR_REGULATOR),
            Map.entry("GET /api/sunsets", ANY),
            Map.entry("GET /api/trace-sets", OFFICER_OR_REGULATOR),
            Map.entry("POST /api/trace-sets", OFFICER),
            Map.entry("GET /api/trace-sets/{id}", OFFICER_OR_REGULATOR),
            Map.entry("GET /api/trace-sets/{id}/tis", OFFICER_OR_REGULATOR),
            Map.entry("PUT /api/trace-sets/{id}/assessments", OFFICER),
            Map.entry("GET /api/sunsets.ics", ANY),
            Map.entry("GET /api/sunsets/digest.pdf", ANY),
            Map.entry("GET /api/alerts", ADMIN_OR_CURATOR),
            Map.entry("POST /api/alerts/scan", ADMIN_OR_CURATOR),
            Map.entry("POST /api/alerts/deliver", ADMIN_OR_CURATOR),
            Map.entry("GET /api/standards/{id}/versions/{label}/revalidations", ANY),
            Map.entry("POST /api/standards/{id}/versions/{label}/revalidations", CURATOR),
            Map.entry("GET /api/tokens", ANY),
            Map.entry("POST /api/tokens", ANY),
            Map.entry("DELETE /api/tokens/{id}", ANY)));

    /** One signed-in account per role. */
    private static final Map<String, String> ACCOUNT_FOR_ROLE = Map.of(
            "ADMIN", TestAccounts.ADMIN,
            "CURATOR", TestAccounts.CURATOR,
            "OFFICER", TestAccounts.OFFICER_A,
            "REGULATOR", TestAccounts.REGULATOR);

    private static final List<Operation> OPERATIONS = new ArrayList<>();

    record Operation(String method, String path, Set<String> declaredRoles, String contentType) {

        String key() {
            return method + " " + path;
        }

        /** The path with every parameter filled by a value that names nothing stored. */
        String concretePath() {
            return path.replaceAll("\\{[^}]+}", "no-such-thing");
        }
    }

    /** Reads the document once; not in {@code @BeforeAll}, which runs before Quarkus sets the port. */
    @BeforeEach
    void readDocument() {
        if (!OPERATIONS.isEmpty()) {
            return;
        }
        TestAccounts.ensure();
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
            OPERATIONS.add(new Operation(method.toUpperCase(), path, declaredRoles(operation),
                    contentType(operation)));
        }));
    }

    @Test
    void everyOperation_hasAnAccessRule() {
        Set<String> documented = new TreeSet<>();
        OPERATIONS.forEach(op -> documented.add(op.key()));
        assertThat(documented)
                .as("operations in the OpenAPI document without a rule in EndpointSecurityTest.RULES")
                .isSubsetOf(RULES.keySet());
        assertThat(RULES.keySet()).as("rules for operations that no longer exist")
                .isSubsetOf(documented);
    }

    @Test
    void everyOperation_declaresItsRolesInTheDocument() {
        for (Operation op : OPERATIONS) {
            Set<String> expected = RULES.get(op.key());
            assertThat(op.declaredRoles()).as("roles the document declares for %s", op.key())
                    .isNotNull()
                    .isEqualTo(expected == ANY ? Set.of() : expected);
        }
    }

    @Test
    void anonymousCalls_get401AsProblemJson() {
        for (Operation op : OPERATIONS) {
            Response response = call(given(), op);
            assertThat(response.statusCode()).as("anonymous %s", op.key()).isEqualTo(401);
            assertThat(response.contentType()).as("anonymous %s", op.key())
                    .startsWith("application/problem+json");
            assertThat(response.header("WWW-Authenticate")).as("anonymous %s", op.key()).isNotNull();
        }
    }

    @Test
    void rolesWithoutPermission_get403_andRolesWithIt_getPast() {
        List<String> wrong = new ArrayList<>();
        for (Operation op : OPERATIONS) {
            Set<String> allowed = RULES.getOrDefault(op.key(), Set.of());
            for (Map.Entry<String, String> role : ACCOUNT_FOR_ROLE.entrySet()) {
                int status = call(TestAccounts.as(role.getValue()), op).statusCode();
                boolean permitted = allowed.contains(role.getKey());
                if (permitted && (status == 401 || status == 403)) {
                    wrong.add(role.getKey() + " " + op.key() + " -> " + status + " but is allowed");
                }
                if (!permitted && status != 403) {
                    wrong.add(role.getKey() + " " + op.key() + " -> " + status + " but should be 403");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Calls with an empty body: enough to reach the security check without changing data. */
    private static Response call(RequestSpecification request, Operation op) {
        if (op.contentType() != null) {
            request = request.contentType(op.contentType())
                    .body((op.contentType().contains("json") ? "{}" : "-").getBytes(StandardCharsets.UTF_8));
        }
        return request.request(op.method(), op.concretePath());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> declaredRoles(Map<String, Object> operation) {
        List<Map<String, List<String>>> security = (List<Map<String, List<String>>>) operation.get("security");
        if (security == null) {
            return null;
        }
        Set<String> roles = new TreeSet<>();
        security.forEach(requirement -> requirement.values().forEach(roles::addAll));
        return roles;
    }

    @SuppressWarnings("unchecked")
    private static String contentType(Map<String, Object> operation) {
        Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
        if (body == null) {
            return null;
        }
        Map<String, Object> content = (Map<String, Object>) body.get("content");
        return content.keySet().iterator().next();
    }
}

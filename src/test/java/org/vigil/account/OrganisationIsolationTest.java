package org.vigil.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.vigil.testing.TestAccounts;

/** An officer sees their own organisation; another one answers exactly like one that does not exist. */
@QuarkusTest
class OrganisationIsolationTest {

    @Test
    void officer_readsOwnOrganisationAndItsMembers() {
        TestAccounts.as(TestAccounts.OFFICER_A).get("/api/organisations/" + TestAccounts.ORG_A)
                .then().statusCode(200).body("id", equalTo(TestAccounts.ORG_A));
        TestAccounts.as(TestAccounts.OFFICER_A).get("/api/organisations/" + TestAccounts.ORG_A + "/accounts")
                .then().statusCode(200)
                .body("username", hasItem(TestAccounts.OFFICER_A))
                .body("organisation", everyItem(equalTo(TestAccounts.ORG_A)));
    }

    @Test
    void anotherOrganisation_answersLikeAMissingOne() {
        String other = TestAccounts.as(TestAccounts.OFFICER_A).get("/api/organisations/" + TestAccounts.ORG_B)
                .then().statusCode(404).contentType("application/problem+json")
                .extract().path("detail");
        String missing = TestAccounts.as(TestAccounts.OFFICER_A).get("/api/organisations/no-such-org")
                .then().statusCode(404).extract().path("detail");
        // The two answers differ only in the id the caller sent.
        assertThat(other.replace(TestAccounts.ORG_B, "?"))
                .isEqualTo(missing.replace("no-such-org", "?"));

        TestAccounts.as(TestAccounts.OFFICER_A).get("/api/organisations/" + TestAccounts.ORG_B + "/accounts")
                .then().statusCode(404);
    }

    @Test
    void administrator_readsEveryOrganisation() {
        TestAccounts.as(TestAccounts.ADMIN).get("/api/organisations/" + TestAccounts.ORG_B)
                .then().statusCode(200);
        TestAccounts.as(TestAccounts.ADMIN).get("/api/organisations")
                .then().statusCode(200)
                .body("id", hasItem(TestAccounts.ORG_A)).body("id", hasItem(TestAccounts.ORG_B));
    }
}

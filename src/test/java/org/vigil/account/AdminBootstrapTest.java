package org.vigil.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** First start without VIGIL_ADMIN_PASSWORD: a generated password in an owner-only file. */
@QuarkusTest
@TestProfile(AdminBootstrapTest.FirstStart.class)
class AdminBootstrapTest {

    static final Path FILE = Path.of("target", "bootstrap-test", "admin-password");

    /** A fresh database and no administrator password. */
    public static class FirstStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Files.deleteIfExists(FILE);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:bootstrap;DB_CLOSE_DELAY=-1",
                    "vigil.admin.password", "",
                    "vigil.admin.password-file", FILE.toString(),
                    "vigil.catalog.load-at-startup", "false");
        }
    }

    @Test
    void generatedPassword_isWrittenForTheOwnerOnly_andSignsIn() throws IOException {
        assertThat(FILE).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(FILE))).isEqualTo("rw-------");
        String password = Files.readString(FILE).strip();
        assertThat(password).hasSize(24);

        given().auth().preemptive().basic("admin", password).get("/api/me")
                .then().statusCode(200);
        given().auth().preemptive().basic("admin", "test-admin-password").get("/api/me")
                .then().statusCode(401);
    }
}

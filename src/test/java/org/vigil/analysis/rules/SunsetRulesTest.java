package org.vigil.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.analysis.rules.Facts.facts;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.Gap;
import org.vigil.analysis.Severity;
import org.vigil.sunset.Sunset;
import org.vigil.sunset.SunsetState;

/** The rules of sunset.drl: claimed standard versions lapsed, near their sunset, or without one. */
class SunsetRulesTest {

    private static final LocalDate NIST_PUBLISHED = LocalDate.of(2023, 1, 26);

    @Test
    void lapsedVersion_isStructuralAndHigh() {
        Sunset lapsed = new Sunset(LocalDate.of(2026, 1, 26), false, "published", SunsetState.LAPSED, -311);

        List<Gap> gaps = facts().standardVersion("NIST-AI-RMF", "1.0", NIST_PUBLISHED, lapsed).gaps("STANDARD_LAPSED");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(3);
            assertThat(g.severity()).isEqualTo(Severity.HIGH);
            assertThat(g.clause()).isEqualTo("NIST-AI-RMF");
            assertThat(g.evaluation()).isNull();
            assertThat(g.finding()).isNull();
            assertThat(g.message())
                    .startsWith("NIST-AI-RMF 1.0 passed its sunset on 2026-01-26"
                            + " (publication plus the revalidation interval)")
                    .contains("311 days before 2026-12-03");
        });
    }

    @Test
    void expiringVersion_isNoLapse() {
        Sunset expiring = new Sunset(LocalDate.of(2026, 12, 18), false, "published", SunsetState.EXPIRING, 15);

        List<Gap> gaps = facts().standardVersion("ISO-42001", "2023", LocalDate.of(2023, 12, 18), expiring)
                .gaps("STANDARD_LAPSED");

        assertThat(gaps).isEmpty();
    }

    @Test
    void expiringVersion_isMediumWithDaysLeft() {
        Sunset expiring = new Sunset(LocalDate.of(2026, 12, 18), false, "published", SunsetState.EXPIRING, 15);

        List<Gap> gaps = facts().standardVersion("ISO-42001", "2023", LocalDate.of(2023, 12, 18), expiring)
                .gaps("STANDARD_EXPIRING");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(3);
            assertThat(g.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(g.clause()).isEqualTo("ISO-42001");
            assertThat(g.message()).isEqualTo("ISO-42001 2023 reaches its sunset on 2026-12-18"
                    + " (publication plus the revalidation interval), in 15 days");
        });
    }

    @Test
    void currentVersion_isNeitherExpiringNorLapsed() {
        Sunset current = new Sunset(LocalDate.of(2027, 7, 12), false, "published", SunsetState.CURRENT, 221);

        List<Gap> gaps = facts().standardVersion("EU-AI-ACT", "2024/1689", LocalDate.of(2024, 7, 12), current)
                .run();

        assertThat(gaps).extracting(Gap::code).doesNotContain("STANDARD_EXPIRING", "STANDARD_LAPSED");
    }

    @Test
    void versionWithoutDeclaredSunset_isLowNamingThePolicyDate() {
        Sunset current = new Sunset(LocalDate.of(2027, 7, 12), false, "published", SunsetState.CURRENT, 221);

        List<Gap> gaps = facts().standardVersion("EU-AI-ACT", "2024/1689", LocalDate.of(2024, 7, 12), current)
                .gaps("NO_SUNSET_CLAUSE");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(3);
            assertThat(g.severity()).isEqualTo(Severity.LOW);
            assertThat(g.clause()).isEqualTo("EU-AI-ACT");
            assertThat(g.message()).contains("EU-AI-ACT 2024/1689 declares no sunset or review date")
                    .contains("default policy (2027-07-12)");
        });
    }

    @Test
    void versionWithDeclaredSunset_isNoNoSunsetClause() {
        Sunset declared = new Sunset(LocalDate.of(2027, 7, 12), true, "declared", SunsetState.CURRENT, 221);

        List<Gap> gaps = facts().standardVersion("EU-AI-ACT", "2024/1689", LocalDate.of(2024, 7, 12), declared)
                .gaps("NO_SUNSET_CLAUSE");

        assertThat(gaps).isEmpty();
    }
}

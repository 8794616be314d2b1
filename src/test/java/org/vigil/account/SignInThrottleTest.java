package org.vigil.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sliding-window throttle, on a clock the test moves. */
class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle();

    @BeforeEach
    void setUp() {
        throttle.clock = clock;
        throttle.config = new SecurityConfig() {
            @Override
            public int bcryptCost() {
                return 4;
            }

            @Override
            public Duration verifiedPasswordCache() {
                return Duration.ofMinutes(5);
            }

            @Override
            public SignIn signIn() {
                return new SignIn() {
                    @Override
                    public int maxFailures() {
                        return 3;
                    }

                    @Override
                    public int maxFailuresPerAddress() {
                        return 5;
                    }

                    @Override
                    public Duration window() {
                        return Duration.ofMinutes(10);
                    }
                };
            }
        };
    }

    @Test
    void username_isPausedAtTheLimit_untilTheWindowPassesItsOldestFailure() {
        throttle.failed("ann", "10.0.0.1");
        clock.advance(Duration.ofMinutes(1));
        throttle.failed("ann", "10.0.0.1");
        assertThat(throttle.retryAfter("ann", "10.0.0.1")).isZero();
        throttle.failed("ann", "10.0.0.1");

        assertThat(throttle.retryAfter("ann", "10.0.0.1")).isEqualTo(Duration.ofMinutes(9));
        assertThat(throttle.retryAfter("ann", "10.0.0.2")).as("from another address").isPositive();
        assertThat(throttle.retryAfter("bob", "10.0.0.2")).as("another user").isZero();

        clock.advance(Duration.ofMinutes(9));
        assertThat(throttle.retryAfter("ann", "10.0.0.1")).isZero();
    }

    @Test
    void address_isPausedAfterFailuresAcrossUsernames() {
        for (String user : new String[] {"a", "b", "c", "d", "e"}) {
            throttle.failed(user, "10.0.0.9");
        }
        assertThat(throttle.retryAfter("f", "10.0.0.9")).isPositive();
        assertThat(throttle.retryAfter("f", "10.0.0.8")).isZero();
    }

    @Test
    void success_clearsTheUsernamesFailures() {
        throttle.failed("cy", null);
        throttle.failed("cy", null);
        throttle.succeeded("cy");
        throttle.failed("cy", null);
        throttle.failed("cy", null);
        assertThat(throttle.retryAfter("cy", null)).isZero();
    }

    @Test
    void token_isUnusableOnceExpiredRevokedOrItsAccountDisabled() {
        ApiToken token = new ApiToken();
        token.account = new Account();
        Instant now = clock.instant();
        token.expiresAt = now.plusSeconds(60);
        assertThat(token.usableAt(now)).isTrue();
        assertThat(token.usableAt(now.plusSeconds(60))).isFalse();
        token.expiresAt = null;
        token.account.disabled = true;
        assertThat(token.usableAt(now)).isFalse();
        token.account.disabled = false;
        token.revokedAt = now;
        assertThat(token.usableAt(now)).isFalse();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

package org.vigil.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Sign-in settings under {@code vigil.security}. */
@ConfigMapping(prefix = "vigil.security")
public interface SecurityConfig {

    /** The bcrypt work factor for new password hashes; each step doubles the cost. */
    @WithDefault("12")
    int bcryptCost();

    /** How long a verified password is remembered so HTTP Basic does not pay bcrypt on every call. */
    @WithDefault("PT5M")
    Duration verifiedPasswordCache();

    SignIn signIn();

    /** Throttling of failed sign-ins. */
    interface SignIn {
        /** Failed sign-ins for one username within the window before further tries are refused. */
        @WithDefault("5")
        int maxFailures();

        /** Failed sign-ins from one client address within the window before it is refused. */
        @WithDefault("30")
        int maxFailuresPerAddress();

        @WithDefault("PT15M")
        Duration window();
    }
}

package org.vigil.sunset;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** The sunset policy under {@code vigil.sunset}. */
@ConfigMapping(prefix = "vigil.sunset")
public interface SunsetConfig {

    /** Time from the last revalidation, or else publication, to a version's sunset. */
    @WithDefault("P3Y")
    Period revalidationInterval();

    /** How long before its sunset a version counts as expiring. */
    @WithDefault("P180D")
    Period warningWindow();
}

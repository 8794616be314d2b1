package org.vigil.analysis;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Where the rule files live, under {@code vigil.rules}. */
@ConfigMapping(prefix = "vigil.rules")
public interface RulesConfig {

    /** Folder of {@code *.drl} files compiled at startup. */
    @WithDefault("rules")
    Path dir();
}

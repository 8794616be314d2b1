package org.vigil.traces;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Trace ingestion under {@code vigil.traces}. */
@ConfigMapping(prefix = "vigil.traces")
public interface TracesConfig {

    /** The lexicon file read at startup; a broken file stops startup naming it. */
    @WithDefault("traces-lexicons/lexicons.yaml")
    Path lexicons();

    /** Largest trace-set body; must not exceed {@code quarkus.http.limits.max-body-size}. */
    @WithDefault("512M")
    MemorySize maxBodySize();

    /** Longest single line of a trace set, in bytes. */
    @WithDefault("1M")
    MemorySize maxLineSize();
}

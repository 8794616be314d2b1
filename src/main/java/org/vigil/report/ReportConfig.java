package org.vigil.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Where the report templates live, under {@code vigil.reports}. */
@ConfigMapping(prefix = "vigil.reports")
public interface ReportConfig {

    /** Folder with style.yaml, one YAML file per report, the fonts and the logo; read at startup. */
    @WithDefault("reports-templates")
    Path templates();
}

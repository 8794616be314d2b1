package org.vigil.catalog.seed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Where the catalog files live and whether startup loads them. */
@ConfigMapping(prefix = "vigil.catalog")
public interface CatalogConfig {

    /** Folder holding standards/*.yaml, findings.yaml and contraindications.yaml. */
    @WithDefault("standards-catalog")
    Path dir();

    /** Whether startup loads the folder into the database. */
    @WithDefault("true")
    boolean loadAtStartup();
}

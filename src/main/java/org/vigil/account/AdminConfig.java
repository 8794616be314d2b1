package org.vigil.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** The account created on first start, under {@code vigil.admin}. */
@ConfigMapping(prefix = "vigil.admin")
public interface AdminConfig {

    /** Set by {@code VIGIL_ADMIN_PASSWORD}; when absent a password is generated. */
    Optional<String> password();

    /** Where a generated password is written, readable by the owner only. */
    @WithDefault("data/admin-password")
    Path passwordFile();
}

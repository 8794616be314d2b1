package org.vigil.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import org.jboss.logging.Logger;
import org.vigil.OwnerOnlyFile;

/**
 * Creates the {@code admin} account on the first start, when there are no accounts.
 *
 * <p>The password comes from {@code VIGIL_ADMIN_PASSWORD}; without it one is generated and
 * written to {@code vigil.admin.password-file}, readable by its owner only. The log names the
 * file, never the password.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @Inject
    AdminConfig config;

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (Account.count() > 0) {
            return;
        }
        String given = config.password().filter(p -> !p.isBlank()).orElse(null);
        if (given != null) {
            String weakness = Passwords.weakness(given);
            if (weakness != null) {
                throw new IllegalStateException("VIGIL_ADMIN_PASSWORD " + weakness);
            }
            accounts.createFirst("admin", given, EnumSet.of(Role.ADMIN));
            LOG.info("Created account 'admin' with the password from VIGIL_ADMIN_PASSWORD");
            return;
        }
        String generated = passwords.generate();
        Path file = config.passwordFile().toAbsolutePath();
        write(file, generated);
        accounts.createFirst("admin", generated, EnumSet.of(Role.ADMIN));
        LOG.infof("Created account 'admin'; its generated password is in %s, readable by the owner only."
                + " Sign in, change it with PUT /api/me/password, then delete the file", file);
    }

    private static void write(Path file, String password) {
        try {
            OwnerOnlyFile.write(file, password + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the admin password to " + file, e);
        }
    }
}

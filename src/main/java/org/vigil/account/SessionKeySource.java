package org.vigil.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.vigil.OwnerOnlyFile;

/**
 * Supplies the key that encrypts login-form session cookies from {@code data/session-key},
 * creating the file, readable by its owner only, the first time it is needed.
 *
 * <p>Without a key Quarkus would make a new one at every start, sign everybody out on each
 * restart and print the key in its log. Its ordinal is low, so
 * {@code QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY} or a property wins when set; instances
 * that share sessions must share the key.
 */
public class SessionKeySource implements ConfigSource {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    static final Path FILE = Path.of("data", "session-key");

    private volatile String key;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public String getValue(String name) {
        if (!PROPERTY.equals(name)) {
            return null;
        }
        if (key == null) {
            key = readOrCreate();
        }
        return key;
    }

    @Override
    public String getName() {
        return "vigil-session-key";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    private static synchronized String readOrCreate() {
        try {
            if (Files.exists(FILE)) {
                return Files.readString(FILE, StandardCharsets.UTF_8).strip();
            }
            byte[] raw = new byte[32];
            new SecureRandom().nextBytes(raw);
            String created = Base64.getEncoder().encodeToString(raw);
            OwnerOnlyFile.write(FILE, created + "\n");
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + FILE.toAbsolutePath(), e);
        }
    }
}

package org.vigil.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hashes and checks passwords with bcrypt.
 *
 * <p>HTTP Basic sends the password with every request, and bcrypt is slow on purpose, so a
 * successful check is remembered for {@code vigil.security.verified-password-cache}. The memory
 * holds an HMAC of the password under a key made at startup, never the password, and is keyed
 * by the stored hash, so a password change forgets it.
 */
@ApplicationScoped
public class Passwords {

    static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    static final int MAX_BYTES = 72;

    private static final String ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final SecureRandom random = new SecureRandom();
    private final byte[] cacheKey = new byte[32];
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    @Inject
    SecurityConfig config;

    @Inject
    Clock clock;

    Passwords() {
        random.nextBytes(cacheKey);
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, config.bcryptCost());
    }

    /** Tells whether the password matches the stored hash. */
    public boolean matches(String password, String storedHash) {
        String key = storedHash + ":" + mac(password);
        Instant now = clock.instant();
        Instant until = verified.get(key);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        boolean ok = BcryptUtil.matches(password, storedHash);
        if (ok) {
            if (verified.size() > 10_000) {
                verified.entrySet().removeIf(e -> !now.isBefore(e.getValue()));
            }
            verified.put(key, now.plus(config.verifiedPasswordCache()));
        }
        return ok;
    }

    /** Returns why a new password is unacceptable, or null when it will do. */
    public static String weakness(String password) {
        if (password == null || password.isEmpty()) {
            return "is required";
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "must have at least " + MIN_LENGTH + " characters";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "must fit in " + MAX_BYTES + " bytes of UTF-8 (bcrypt ignores the rest)";
        }
        return null;
    }

    /** Returns a random password of 24 characters that are easy to read back. */
    public String generate() {
        StringBuilder out = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    /** Returns {@code bytes} random bytes, base64url-encoded without padding. */
    public String randomToken(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private String mac(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}

package org.vigil.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over a canonical text, to tell an edited catalog entry from an unchanged one. */
public final class ContentHash {

    private ContentHash() {
    }

    /** Returns the hex SHA-256 of the parts joined by a separator no text contains. */
    public static String of(Object... parts) {
        StringBuilder canonical = new StringBuilder();
        for (Object part : parts) {
            canonical.append(part == null ? "\u0000" : part.toString()).append('\u001f');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    static String of(ClauseDraft c) {
        return of(c.title(), normalise(c.summary()), c.requiresEvaluation(), c.layer(),
                c.assumptions().stream().sorted().toList(), normalise(c.annotation()));
    }

    private static String normalise(String text) {
        return text == null ? null : text.strip();
    }
}

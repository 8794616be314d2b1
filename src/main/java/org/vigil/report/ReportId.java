package org.vigil.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import org.vigil.Sha256;

/** Names a report by what it was made from, so the same inputs always carry the same id. */
final class ReportId {

    private ReportId() {
    }

    /** Returns e.g. {@code VGL-GAP-3F2A9C01D4E7}: the kind and 48 bits of a SHA-256 over the parts. */
    static String of(ReportKind kind, Object... parts) {
        MessageDigest sha = Sha256.digest();
        sha.update(kind.name().getBytes(StandardCharsets.UTF_8));
        for (Object part : parts) {
            sha.update((byte) 0);
            sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        }
        String hex = HexFormat.of().formatHex(sha.digest(), 0, 6).toUpperCase(Locale.ROOT);
        return "VGL-" + kind.name() + "-" + hex;
    }
}

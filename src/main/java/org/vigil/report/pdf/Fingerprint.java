package org.vigil.report.pdf;

import java.awt.Color;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

import org.vigil.Sha256;

/** A SHA-256 over everything a report was built from, which gives the file its /ID. */
final class Fingerprint {

    private final MessageDigest digest = Sha256.digest();

    MessageDigest digest() {
        return digest;
    }

    Fingerprint add(String text) {
        byte[] bytes = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        add(bytes);
        return this;
    }

    Fingerprint add(byte[] bytes) {
        byte[] safe = bytes == null ? new byte[0] : bytes;
        // The length prefix keeps ("ab", "c") apart from ("a", "bc").
        digest.update(ByteBuffer.allocate(4).putInt(safe.length).array());
        digest.update(safe);
        return this;
    }

    Fingerprint add(float value) {
        digest.update(ByteBuffer.allocate(4).putFloat(value).array());
        return this;
    }

    Fingerprint add(Color colour) {
        return add(colour == null ? "none" : Integer.toHexString(colour.getRGB()));
    }

    /** Returns the first 16 bytes of the digest so far, leaving the digest running. */
    byte[] id() {
        try {
            MessageDigest copy = (MessageDigest) digest.clone();
            return Arrays.copyOf(copy.digest(), 16);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests of the JDK can be cloned", e);
        }
    }
}

package org.vigil.alert;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook messages as the Standard Webhooks specification describes: an HMAC-SHA256
 * over {@code id.timestamp.body} with the secret after its {@code whsec_} prefix, sent as
 * {@code webhook-signature: v1,<base64>}.
 */
public final class WebhookSigner {

    static final String PREFIX = "whsec_";

    private final byte[] key;

    public WebhookSigner(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("vigil.alerts.webhook.secret must start with whsec_");
        }
        try {
            this.key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("vigil.alerts.webhook.secret is not whsec_ followed by base64", e);
        }
    }

    /** Returns the {@code webhook-signature} header value for a message. */
    public String sign(String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signed = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}

package org.vigil.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A personal API token as its owner sees it. {@code token} holds the secret and is present
 * only in the answer to its creation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenView(Long id, String name, String prefix, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt, String token) {

    static TokenView of(ApiToken token, String secret) {
        return new TokenView(token.id, token.name, token.prefix, token.createdAt, token.expiresAt,
                token.lastUsedAt, token.revokedAt, secret);
    }
}

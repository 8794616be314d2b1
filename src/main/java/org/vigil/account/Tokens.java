package org.vigil.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.vigil.Sha256;
import org.vigil.audit.AuditAction;
import org.vigil.audit.AuditLog;
import org.vigil.web.ProblemException;
import org.vigil.web.QueryDates;

/** Creates, lists and revokes personal API tokens. */
@ApplicationScoped
public class Tokens {

    /** Every token starts with this, so secret scanners and people can recognise one. */
    static final String PREFIX = "vgl_";

    @Inject
    Passwords passwords;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public TokenView create(String username, TokenRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a token name is required");
        }
        if (request.name() == null || request.name().isBlank() || request.name().length() > 100) {
            throw ProblemException.invalid("name", "is required, at most 100 characters");
        }
        Instant now = clock.instant();
        Instant expires = null;
        if (request.expiresAt() != null) {
            expires = QueryDates.instant("expiresAt", request.expiresAt());
            if (!expires.isAfter(now)) {
                throw ProblemException.invalid("expiresAt", "must be in the future");
            }
        }
        String secret = PREFIX + passwords.randomToken(32);
        ApiToken token = new ApiToken();
        token.account = Account.findById(username);
        token.name = request.name().strip();
        token.tokenHash = hash(secret);
        token.prefix = prefixOf(secret);
        token.createdAt = now;
        token.expiresAt = expires;
        token.persist();
        TokenView view = TokenView.of(token, null);
        audit.change(AuditAction.CREATE, "ApiToken", token.id.toString(), null, view);
        return TokenView.of(token, secret);
    }

    public List<TokenView> list(String username) {
        return ApiToken.<ApiToken>list("account.username = ?1 order by id", username).stream()
                .map(t -> TokenView.of(t, null)).toList();
    }

    /** Revokes one of the caller's tokens; another account's token is not found. */
    @Transactional
    public TokenView revoke(String username, long id) {
        ApiToken token = ApiToken.findById(id);
        if (token == null || !token.account.username.equals(username)) {
            throw ProblemException.notFound("id", "Token " + id + " does not exist");
        }
        if (token.revokedAt == null) {
            TokenView before = TokenView.of(token, null);
            token.revokedAt = clock.instant();
            audit.change(AuditAction.REVOKE, "ApiToken", token.id.toString(), before, TokenView.of(token, null));
        }
        return TokenView.of(token, null);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }

    static String prefixOf(String token) {
        return token.length() <= 12 ? token : token.substring(0, 12);
    }
}

package org.vigil.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;
import org.vigil.audit.AuditAction;
import org.vigil.audit.AuditLog;

/**
 * Checks credentials against the stored accounts and tokens; blocking, so identity providers
 * call it off the event loop.
 *
 * <p>Every refusal is counted by {@link SignInThrottle} and recorded in the audit trail with
 * the username tried and the reason; the password never is.
 */
@ApplicationScoped
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class);

    /** The identity attribute holding the account's organisation id, absent when it has none. */
    public static final String ORGANISATION = "organisation";

    /** The identity attribute telling how the caller signed in: password or token. */
    public static final String METHOD = "signInMethod";

    /** The attribute of a refusal that says how long sign-ins are paused, as a Duration. */
    public static final String RETRY_AFTER = "retryAfter";

    @Inject
    Passwords passwords;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    private volatile String dummyHash;

    public SecurityIdentity withPassword(String username, String password, String address) {
        Duration wait = throttle.retryAfter(username, address);
        if (!wait.isZero() && !wait.isNegative()) {
            refuse(username, address, "throttled");
            throw throttled(wait);
        }
        Account account = QuarkusTransaction.requiringNew().call(() -> Account.findById(username));
        if (account == null) {
            // Spend the time a real check takes, so response times do not reveal usernames.
            passwords.matches(password, dummyHash());
            throw fail(username, address, "unknown account");
        }
        if (!passwords.matches(password, account.passwordHash)) {
            throw fail(username, address, "wrong password");
        }
        if (account.disabled) {
            throw fail(username, address, "account disabled");
        }
        throttle.succeeded(username);
        return identity(account, "password");
    }

    public SecurityIdentity withToken(String token, String address) {
        String label = "token " + Tokens.prefixOf(token);
        Duration wait = throttle.retryAfter(label, address);
        if (!wait.isZero() && !wait.isNegative()) {
            refuse(label, address, "throttled");
            throw throttled(wait);
        }
        Instant now = clock.instant();
        Account account = QuarkusTransaction.requiringNew().call(() -> {
            ApiToken stored = ApiToken.find("tokenHash", Tokens.hash(token)).firstResult();
            if (stored == null || !stored.usableAt(now)) {
                return null;
            }
            if (stored.lastUsedAt == null || stored.lastUsedAt.isBefore(now.minusSeconds(60))) {
                stored.lastUsedAt = now;
            }
            return stored.account;
        });
        if (account == null) {
            throw fail(label, address, "unknown, expired or revoked token");
        }
        return identity(account, "token");
    }

    /** Restores a login-form session's identity, unless its account is gone or disabled. */
    public SecurityIdentity withSession(String username) {
        Account account = QuarkusTransaction.requiringNew().call(() -> Account.findById(username));
        if (account == null || account.disabled) {
            throw new AuthenticationFailedException("Session ended");
        }
        return identity(account, "session");
    }

    private static AuthenticationFailedException throttled(Duration wait) {
        return new AuthenticationFailedException("Too many failed sign-ins", Map.of(RETRY_AFTER, wait));
    }

    private SecurityIdentity identity(Account account, String method) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username))
                .addAttribute(METHOD, method);
        account.roles.forEach(role -> builder.addRole(role.name()));
        if (account.organisationId() != null) {
            builder.addAttribute(ORGANISATION, account.organisationId());
        }
        return builder.build();
    }

    private AuthenticationFailedException fail(String username, String address, String reason) {
        throttle.failed(username, address);
        refuse(username, address, reason);
        return new AuthenticationFailedException("Sign-in failed");
    }

    private void refuse(String username, String address, String reason) {
        String who = username.length() > 64 ? username.substring(0, 64) : username;
        LOG.debugf("Sign-in refused: %s", reason);
        audit.event("anonymous", AuditAction.SIGN_IN_FAILED, "Account", who,
                reason + (address == null ? "" : " from " + address));
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = passwords.hash(passwords.generate());
        }
        return dummyHash;
    }
}

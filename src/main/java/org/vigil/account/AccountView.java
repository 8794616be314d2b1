package org.vigil.account;

import java.time.Instant;
import java.util.List;

/** An account as the API shows it; the password hash never leaves the database. */
public record AccountView(String username, List<Role> roles, String organisation, boolean disabled,
        Instant createdAt, Instant passwordSetAt) {

    static AccountView of(Account account) {
        return new AccountView(account.username, account.roles.stream().sorted().toList(),
                account.organisationId(), account.disabled, account.createdAt, account.passwordSetAt);
    }
}

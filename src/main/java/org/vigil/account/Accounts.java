package org.vigil.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.audit.AuditAction;
import org.vigil.audit.AuditLog;
import org.vigil.web.FieldError;
import org.vigil.web.ProblemException;

/** Creates and changes accounts, each change audited in the transaction that makes it. */
@ApplicationScoped
public class Accounts {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    @Inject
    Passwords passwords;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public AccountView create(AccountRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "an account is required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            errors.add(new FieldError("username",
                    "must be 2 to 64 characters: lower-case letters, digits, '.', '_' or '-'"));
        }
        String weakness = Passwords.weakness(request.password());
        if (weakness != null) {
            errors.add(new FieldError("password", weakness));
        }
        Set<Role> roles = roles(request.roles(), errors);
        Organisation organisation = organisation(request.organisation(), errors);
        requireOrganisationForOfficers(roles, organisation, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (Account.findById(request.username()) != null) {
            throw ProblemException.conflict("username", "Account '" + request.username() + "' already exists");
        }
        Account account = new Account();
        account.username = request.username();
        account.passwordHash = passwords.hash(request.password());
        account.roles = roles;
        account.organisation = organisation;
        account.createdAt = clock.instant();
        account.passwordSetAt = account.createdAt;
        account.persist();
        AccountView view = AccountView.of(account);
        audit.change(AuditAction.CREATE, "Account", account.username, null, view);
        return view;
    }

    public List<AccountView> list() {
        return Account.<Account>list("order by username").stream().map(AccountView::of).toList();
    }

    public AccountView get(String username) {
        return AccountView.of(find(username));
    }

    /** Applies an administrator's change; refuses one that would leave no enabled administrator. */
    @Transactional
    public AccountView update(String username, AccountChange change, String actor) {
        if (change == null) {
            throw ProblemException.invalid("body", "a change is required");
        }
        Account account = find(username);
        AccountView before = AccountView.of(account);
        List<FieldError> errors = new ArrayList<>();
        Set<Role> roles = change.roles() == null ? account.roles : roles(change.roles(), errors);
        Organisation organisation = account.organisation;
        if (change.organisation() != null) {
            organisation = change.organisation().isEmpty() ? null : organisation(change.organisation(), errors);
        }
        requireOrganisationForOfficers(roles, organisation, errors);
        if (change.password() != null) {
            String weakness = Passwords.weakness(change.password());
            if (weakness != null) {
                errors.add(new FieldError("password", weakness));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        boolean disabled = change.disabled() == null ? account.disabled : change.disabled();
        boolean staysAdmin = roles.contains(Role.ADMIN) && !disabled;
        if (!staysAdmin && account.roles.contains(Role.ADMIN) && !account.disabled) {
            if (username.equals(actor)) {
                throw ProblemException.conflict(change.disabled() != null ? "disabled" : "roles",
                        "You cannot disable yourself or drop your own ADMIN role");
            }
            if (Account.<Account>list("disabled = false").stream()
                    .filter(a -> a.roles.contains(Role.ADMIN)).count() <= 1) {
                throw ProblemException.conflict("roles", "'" + username + "' is the last enabled administrator");
            }
        }
        account.roles = EnumSet.copyOf(roles);
        account.organisation = organisation;
        account.disabled = disabled;
        String detail = null;
        if (change.password() != null) {
            setPassword(account, change.password());
            detail = "password reset";
        }
        AccountView after = AccountView.of(account);
        audit.change(AuditAction.UPDATE, "Account", username, before, after, detail);
        return after;
    }

    /** Changes the caller's own password after checking the current one. */
    @Transactional
    public void changePassword(String username, PasswordChange change) {
        if (change == null) {
            throw ProblemException.invalid("body", "currentPassword and newPassword are required");
        }
        Account account = find(username);
        if (change.currentPassword() == null || !passwords.matches(change.currentPassword(), account.passwordHash)) {
            throw ProblemException.invalid("currentPassword", "does not match");
        }
        String weakness = Passwords.weakness(change.newPassword());
        if (weakness != null) {
            throw ProblemException.invalid("newPassword", weakness);
        }
        AccountView before = AccountView.of(account);
        setPassword(account, change.newPassword());
        audit.change(AuditAction.UPDATE, "Account", username, before, AccountView.of(account), "password changed");
    }

    /** Creates an account without an audit actor; used when the first administrator is bootstrapped. */
    @Transactional
    Account createFirst(String username, String password, Set<Role> roles) {
        Account account = new Account();
        account.username = username;
        account.passwordHash = passwords.hash(password);
        account.roles = EnumSet.copyOf(roles);
        account.createdAt = clock.instant();
        account.passwordSetAt = account.createdAt;
        account.persist();
        audit.change(AuditAction.CREATE, "Account", username, null, AccountView.of(account), "first start");
        return account;
    }

    private void setPassword(Account account, String password) {
        Instant now = clock.instant();
        account.passwordHash = passwords.hash(password);
        account.passwordSetAt = now;
    }

    private static Account find(String username) {
        Account account = Account.findById(username);
        if (account == null) {
            throw ProblemException.notFound("username", "Account '" + username + "' does not exist");
        }
        return account;
    }

    private static Set<Role> roles(List<String> names, List<FieldError> errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null || names.isEmpty()) {
            errors.add(new FieldError("roles", "at least one of ADMIN, CURATOR, OFFICER, REGULATOR"));
            return roles;
        }
        for (int i = 0; i < names.size(); i++) {
            try {
                roles.add(Role.valueOf(String.valueOf(names.get(i))));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("roles[" + i + "]",
                        "'" + names.get(i) + "' is not one of ADMIN, CURATOR, OFFICER, REGULATOR"));
            }
        }
        return roles;
    }

    private static Organisation organisation(String id, List<FieldError> errors) {
        if (id == null) {
            return null;
        }
        Organisation organisation = Organisation.findById(id);
        if (organisation == null) {
            errors.add(new FieldError("organisation", "no organisation '" + id + "'; create it first"));
        }
        return organisation;
    }

    private static void requireOrganisationForOfficers(Set<Role> roles, Organisation organisation,
            List<FieldError> errors) {
        if (roles.contains(Role.OFFICER) && organisation == null
                && errors.stream().noneMatch(e -> e.field().equals("organisation"))) {
            errors.add(new FieldError("organisation", "is required for an OFFICER"));
        }
    }
}

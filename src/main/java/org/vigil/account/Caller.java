package org.vigil.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The signed-in account making the current request. Features that own organisation data
 * answer another organisation's items as not found, so their existence does not leak.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    public String username() {
        return identity.getPrincipal().getName();
    }

    public boolean has(Role role) {
        return identity.hasRole(role.name());
    }

    /** Returns the caller's organisation id, or null when the account has none. */
    public String organisation() {
        return identity.getAttribute(SignIn.ORGANISATION);
    }

    /** Tells whether the caller may see data owned by the given organisation. */
    public boolean sees(String owner) {
        return owner != null && owner.equals(organisation());
    }
}

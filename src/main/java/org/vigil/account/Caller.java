package org.vigil.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.vigil.web.ProblemException;

/**
 * The signed-in account making the current request, and the organisation rule every feature
 * applies: data owned by another organisation is answered as not found, so its existence
 * does not leak.
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

    /**
     * Throws a 404 unless the caller belongs to the owning organisation.
     *
     * @param field the request field that named the item
     * @param what how the item is named in the message, such as {@code "Submission 'x'"}
     */
    public void requireOwner(String owner, String field, String what) {
        if (!sees(owner)) {
            throw ProblemException.notFound(field, what + " does not exist");
        }
    }
}

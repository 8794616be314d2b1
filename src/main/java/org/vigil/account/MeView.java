package org.vigil.account;

import java.util.List;

/** Who the caller is, and how they signed in. */
public record MeView(String username, List<Role> roles, String organisation, String signedInWith) {
}

package org.vigil.account;

import java.util.List;

/** The body of {@code POST /api/accounts}. */
public record AccountRequest(String username, String password, List<String> roles, String organisation) {
}

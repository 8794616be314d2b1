package org.vigil.account;

import java.util.List;

/**
 * The body of {@code PATCH /api/accounts/{username}}: every field is optional and only the
 * given ones change. An empty {@code organisation} string removes the organisation.
 */
public record AccountChange(List<String> roles, Boolean disabled, String organisation, String password) {
}

package org.vigil.account;

/** The body of {@code POST /api/tokens}; {@code expiresAt} is optional, as an ISO instant or date. */
public record TokenRequest(String name, String expiresAt) {
}

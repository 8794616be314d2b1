package org.vigil.account;

/** The body of {@code PUT /api/me/password}. */
public record PasswordChange(String currentPassword, String newPassword) {
}

package org.vigil.account;

/** The body of {@code POST /api/organisations}. */
public record OrganisationRequest(String id, String name) {
}

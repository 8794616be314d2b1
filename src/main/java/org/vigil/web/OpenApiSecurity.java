package org.vigil.web;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Names both ways to sign in to the API in the OpenAPI document: every operation that
 * Quarkus marks as needing HTTP Basic accepts a personal API token with the same roles.
 * The roles an operation allows are the scopes of its requirements.
 */
public class OpenApiSecurity implements OASFilter {

    static final String BASIC = "basic";
    static final String TOKEN = "apiToken";

    @Override
    public Operation filterOperation(Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        if (requirements == null || requirements.isEmpty()) {
            return operation;
        }
        List<SecurityRequirement> both = new ArrayList<>();
        for (SecurityRequirement requirement : requirements) {
            List<String> roles = requirement.getSchemes().values().stream().findFirst().orElse(List.of());
            both.add(OASFactory.createSecurityRequirement().addScheme(BASIC, roles));
            both.add(OASFactory.createSecurityRequirement().addScheme(TOKEN, roles));
        }
        operation.setSecurity(both);
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().setSecuritySchemes(null);
        openAPI.getComponents()
                .addSecurityScheme(BASIC, OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A Vigil account's username and password"))
                .addSecurityScheme(TOKEN, OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A personal API token from POST /api/tokens (vgl_...)"));
    }
}

package org.vigil.catalog.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.vigil.account.Role;
import org.vigil.web.ProblemException;
import org.vigil.web.QueryDates;

/** Imports framework libraries from other tools into the catalog. */
@Path("/api/catalog/imports")
@RolesAllowed(Role.Name.CURATOR)
public class ImportResource {

    static final String FORMAT = "ciso-assistant";

    @Inject
    CatalogImport importer;

    @POST
    @Consumes({"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a CISO Assistant framework library as a standard version")
    public Response importLibrary(String body,
            @Parameter(description = "Library format; only ciso-assistant is supported")
            @QueryParam("format") String format,
            @Parameter(description = "Target standard id; default from import-aliases.yaml")
            @QueryParam("standard") String standard,
            @Parameter(description = "Version label; default ciso-assistant-v<library version>")
            @QueryParam("version") String version,
            @Parameter(description = "Date the version is in force from; default its publication date")
            @QueryParam("inForceFrom") String inForceFrom) {
        if (format == null || format.isBlank()) {
            throw ProblemException.invalid("format", "is required; use format=" + FORMAT);
        }
        if (!FORMAT.equals(format)) {
            throw ProblemException.invalid("format", "'" + format + "' is not supported; use " + FORMAT);
        }
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("body", "a framework library is required");
        }
        CatalogImport.Options options = new CatalogImport.Options(standard, version,
                QueryDates.optional("inForceFrom", inForceFrom));
        ImportResult result = importer.importLibrary(body, options);
        return Response.created(UriBuilder.fromPath("/api/standards/{id}/versions/")
                        .path(result.version()).build(result.standard()))
                .entity(result).build();
    }
}

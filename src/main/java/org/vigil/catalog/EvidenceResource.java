package org.vigil.catalog;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.vigil.web.ProblemException;

/** The research findings and contraindications held in the catalog. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class EvidenceResource {

    @GET
    @Path("findings")
    @Operation(summary = "List research findings, oldest publication first")
    public List<FindingView> findings() {
        List<Finding> findings = Finding.list("order by published, id");
        return findings.stream().map(FindingView::of).toList();
    }

    @GET
    @Path("findings/{id}")
    @Operation(summary = "Read one finding")
    public FindingView finding(@PathParam("id") String id) {
        Finding finding = Finding.findById(id);
        if (finding == null) {
            throw ProblemException.notFound("id", "No finding '" + id + "'");
        }
        return FindingView.of(finding);
    }

    @GET
    @Path("contraindications")
    @Operation(summary = "List contraindications")
    public List<ContraindicationView> contraindications() {
        List<Contraindication> all = Contraindication.list("order by id");
        return all.stream().map(ContraindicationView::of).toList();
    }
}

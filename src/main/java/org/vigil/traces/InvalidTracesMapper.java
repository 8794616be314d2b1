package org.vigil.traces;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.vigil.web.Problem;

/** Answers a refused trace set as an RFC 9457 problem listing faults by line. */
public class InvalidTracesMapper {

    /** The problem body, with {@code errors} by line and the count of every fault. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineProblem(String type, String title, int status, String detail, String instance,
            String field, List<LineError> errors, long totalErrors) {
    }

    @ServerExceptionMapper
    public Response invalid(InvalidTraces e, UriInfo uri) {
        String detail = e.getMessage() + (e.total() > e.errors().size()
                ? "; the first " + e.errors().size() + " are listed" : "");
        LineProblem body = new LineProblem("https://vigil.dev/problems/400", "Invalid trace set", 400, detail,
                uri.getPath(), "body", e.errors(), e.total());
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}

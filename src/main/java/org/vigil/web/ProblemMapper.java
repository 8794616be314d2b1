package org.vigil.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.vigil.account.SignIn;

/** Turns every error a request can meet into an RFC 9457 problem response. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private static final String FORM_ACTION = "/j_security_check";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.title(), e.getMessage(), e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemMapper::fieldError)
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return respond(400, "Invalid request", errors.size() + " fields are invalid", errors, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        FieldError error = JsonErrors.describe(e);
        return respond(400, "Invalid request", error.field() + ": " + error.message(),
                List.of(error), uri);
    }

    /** Takes precedence over Quarkus's own mapper, which does not speak RFC 9457. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    /** No credentials, or credentials that did not sign in. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Duration wait = e instanceof AuthenticationFailedException failed
                ? failed.getAttribute(SignIn.RETRY_AFTER) : null;
        if (FORM_ACTION.equals(uri.getPath())) {
            // A person at the login form gets the form back, not JSON.
            return Response.seeOther(URI.create(wait != null ? "/login?paused=1" : "/login?failed=1")).build();
        }
        if (wait != null) {
            long seconds = Math.max(1, wait.toSeconds());
            return Response.fromResponse(respond(429, "Too many failed sign-ins",
                            "Sign-ins for this account or address are paused; try again in "
                                    + seconds + " s", List.of(), uri))
                    .header("Retry-After", seconds).build();
        }
        String detail = e instanceof AuthenticationFailedException
                ? "The credentials were not accepted"
                : "Sign in with HTTP Basic or an API token (Authorization: Bearer)";
        return Response.fromResponse(respond(401, "Unauthorized", detail, List.of(), uri))
                .header("WWW-Authenticate", "Basic realm=\"Vigil\", charset=\"UTF-8\"")
                .header("WWW-Authenticate", "Bearer realm=\"Vigil\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "Forbidden", "Your roles do not allow this request", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = status.getStatusCode() == 404
                ? "No resource at " + uri.getPath()
                : e.getMessage();
        return respond(status.getStatusCode(), status.getReasonPhrase(), detail, List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        // Driver messages can quote whole parameter values; keep the error line short and
        // leave the full trace to debug level.
        String message = String.valueOf(e.getMessage());
        LOG.errorf("Request to %s failed: %s: %s", uri.getPath(), e.getClass().getSimpleName(),
                message.length() > 300 ? message.substring(0, 300) + "..." : message);
        LOG.debug("Failure trace", e);
        return respond(500, "Internal error",
                "Vigil could not complete the request; nothing was changed", List.of(), uri);
    }

    private static FieldError fieldError(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // Drop the method and parameter names that Bean Validation puts first.
        String[] parts = path.split("\\.");
        String field = parts.length > 2 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length)) : path;
        return new FieldError(field, violation.getMessage());
    }

    private static Response respond(int status, String title, String detail,
            List<FieldError> errors, UriInfo uri) {
        Problem body = Problem.of(status, title, detail, uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}

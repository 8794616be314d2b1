package org.vigil.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.vigil.traces.TracesConfig;

/**
 * Refuses request bodies over their limit with a problem response: {@code vigil.http.max-body-size}
 * for every request but a posted trace set, which may reach {@code vigil.traces.max-body-size}.
 *
 * <p>Quarkus enforces one limit for every path, {@code quarkus.http.limits.max-body-size}, so
 * that is the ceiling and this class holds each path to its own limit: a declared length is
 * checked before authentication, and a body without one (chunked) is capped through the
 * limit Quarkus's request stream reads from the routing context. A failure handler answers
 * bodies that grow past the limit while streaming.
 */
@ApplicationScoped
public class BodyLimit {

    private static final Logger LOG = Logger.getLogger(BodyLimit.class);

    /** The key under which Quarkus's request stream looks up its byte limit. */
    static final String STREAM_LIMIT = "io.quarkus.max-request-size";
    static final String TRACE_SETS = "/api/trace-sets";

    @ConfigProperty(name = "vigil.http.max-body-size", defaultValue = "20M")
    MemorySize limit;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
    MemorySize ceiling;

    @Inject
    TracesConfig traces;

    @Inject
    ObjectMapper json;

    void check(@Observes StartupEvent event) {
        if (traces.maxBodySize().asLongValue() > ceiling.asLongValue()
                || limit.asLongValue() > ceiling.asLongValue()) {
            LOG.warnf("quarkus.http.limits.max-body-size (%s bytes) is below vigil.http.max-body-size or"
                    + " vigil.traces.max-body-size; Quarkus refuses larger bodies first", ceiling.asLongValue());
        }
    }

    void register(@Observes Router router) {
        router.route().order(-100).handler(this::checkDeclaredLength);
        // Runs after Quarkus's own limit handler (order -2), which sets the ceiling.
        router.route().order(-1).handler(this::capStream);
        router.route().order(-100).failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().headWritten()) {
                refuse(context);
            } else {
                context.next();
            }
        });
    }

    private void checkDeclaredLength(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > limitFor(context).asLongValue()) {
                    refuse(context);
                    return;
                }
            } catch (NumberFormatException e) {
                // Let the HTTP layer reject a malformed length.
            }
        }
        context.next();
    }

    private void capStream(RoutingContext context) {
        if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
            context.put(STREAM_LIMIT, limitFor(context).asLongValue());
        }
        context.next();
    }

    private MemorySize limitFor(RoutingContext context) {
        boolean traceSet = context.request().method() == HttpMethod.POST
                && TRACE_SETS.equals(context.normalizedPath());
        return traceSet ? traces.maxBodySize() : limit;
    }

    private String keyFor(RoutingContext context) {
        return limitFor(context) == limit ? "vigil.http.max-body-size" : "vigil.traces.max-body-size";
    }

    private void refuse(RoutingContext context) {
        Problem problem = Problem.of(413, "Payload too large",
                "The request body is larger than the " + limitFor(context).asLongValue() / (1024 * 1024)
                        + " MiB limit (" + keyFor(context) + ")",
                context.request().path(), List.of(new FieldError("body", "is too large")));
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "";
        }
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}

package org.vigil.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over {@code quarkus.http.limits.max-body-size} with a problem response.
 *
 * <p>Quarkus refuses them too, but with an empty body; this route answers first when the
 * request declares its length, and a failure handler covers bodies that grow past the limit
 * while streaming.
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
    MemorySize limit;

    @Inject
    ObjectMapper json;

    void register(@Observes Router router) {
        router.route().order(-100).handler(this::checkDeclaredLength);
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
                if (Long.parseLong(declared.trim()) > limit.asLongValue()) {
                    refuse(context);
                    return;
                }
            } catch (NumberFormatException e) {
                // Let the HTTP layer reject a malformed length.
            }
        }
        context.next();
    }

    private void refuse(RoutingContext context) {
        Problem problem = Problem.of(413, "Payload too large",
                "The request body is larger than the " + limit.asLongValue() / (1024 * 1024)
                        + " MiB limit (quarkus.http.limits.max-body-size)",
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

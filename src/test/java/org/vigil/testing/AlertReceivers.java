package org.vigil.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real receivers for alert deliveries: an HTTP server that refuses the first two requests of
 * each webhook message and accepts the third, and a GreenMail SMTP server.
 */
public class AlertReceivers implements QuarkusTestResourceLifecycleManager {

    public static final String SECRET = "whsec_" + Base64.getEncoder()
            .encodeToString("vigil-test-webhook-secret-32byte".getBytes(StandardCharsets.UTF_8));
    public static final String MAIL_TO = "ops@vigil.test";

    /** Every request the webhook receiver saw, in order. */
    public static final List<Received> REQUESTS = new CopyOnWriteArrayList<>();
    public static final Map<String, AtomicInteger> SEEN = new ConcurrentHashMap<>();
    public static volatile int refusals = 2;
    public static GreenMail mail;

    private HttpServer server;

    /** A request as received, and whether it was accepted. */
    public record Received(String id, String timestamp, String signature, String body, int status) {
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            int seen = SEEN.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            int status = seen <= refusals ? 503 : 204;
            REQUESTS.add(new Received(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        int smtpPort = freePort();
        mail = new GreenMail(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return Map.of(
                "vigil.alerts.webhook.url", "http://localhost:" + server.getAddress().getPort() + "/hook",
                "vigil.alerts.webhook.secret", SECRET,
                "vigil.alerts.mail.to", MAIL_TO,
                "quarkus.mailer.host", "localhost",
                "quarkus.mailer.port", String.valueOf(smtpPort));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        if (mail != null) {
            mail.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.vigil.testing.AlertReceivers;
import org.vigil.testing.TestAccounts;
import org.vigil.testing.TestClock;

/** Sunset alerts raised once per state change, delivered to a real webhook and a real SMTP server. */
@QuarkusTest
class AlertsTest {

    @Inject
    Deliveries deliveries;

    @Inject
    AlertScanner scanner;

    @Test
    void scheduledScan_readsTheInjectedClock_andRaisesEachStateChangeOnce() {
        try {
            TestClock.INSTANCE.set(Instant.parse("2026-12-04T06:00:00Z"));
            scanner.scheduled();
            scanner.scheduled();
            TestClock.INSTANCE.set(Instant.parse("2026-12-20T06:00:00Z"));
            scanner.scheduled();
            scanner.scheduled();
        } finally {
            TestClock.INSTANCE.reset();
        }
        List<String> keys = TestAccounts.as(TestAccounts.ADMIN).get("/api/alerts").then().statusCode(200)
                .extract().jsonPath().getList("idempotencyKey");
        assertThat(keys.stream().filter(k -> k.equals("ISO-IEC-42001|2023|EXPIRING|2026-12-18"))).hasSize(1);
        assertThat(keys.stream().filter(k -> k.equals("ISO-IEC-42001|2023|LAPSED|2026-12-18"))).hasSize(1);
        assertThat(keys.stream().filter(k -> k.equals("NIST-AI-RMF|1.0|LAPSED|2026-01-26"))).hasSize(1);
    }

    @Test
    void repeatedScans_raiseOneAlertPerStateChange() {
        scan("2026-12-03");
        assertThat(scan("2026-12-03").getList("idempotencyKey")).isEmpty();
        scan("2026-12-10");
        scan("2026-12-18");
        assertThat(scan("2026-12-19").getList("idempotencyKey"))
                .doesNotContain("ISO-IEC-42001|2023|LAPSED|2026-12-18");

        List<String> all = TestAccounts.as(TestAccounts.ADMIN).get("/api/alerts").then().statusCode(200)
                .extract().jsonPath().getList("idempotencyKey");
        assertThat(all).containsOnlyOnce("NIST-AI-RMF|1.0|LAPSED|2026-01-26",
                "ISO-IEC-42001|2023|EXPIRING|2026-12-18", "ISO-IEC-42001|2023|LAPSED|2026-12-18");
        assertThat(all).doesNotHaveDuplicates();
    }

    @Test
    void webhookThatFailsTwice_getsTheAlertOnce_signedVerifiably_andMailArrives() throws Exception {
        TestAccounts.as(TestAccounts.CURATOR).contentType(ContentType.JSON).body("""
                {"id": "ALERT-HOOK", "title": "Webhook test standard", "publisher": "Test", "kind": "STANDARD"}
                """).post("/api/standards").then().statusCode(201);
        TestAccounts.as(TestAccounts.CURATOR).contentType(ContentType.JSON).body("""
                {"label": "1", "published": "2015-05-01", "inForceFrom": "2015-05-01", "clauses": []}
                """).post("/api/standards/ALERT-HOOK/versions").then().statusCode(201);
        assertThat(scan("2026-12-03").getList("idempotencyKey")).contains("ALERT-HOOK|1|LAPSED|2018-05-01");
        deliverUntilQuiet();

        Map<String, List<AlertReceivers.Received>> byId = AlertReceivers.REQUESTS.stream()
                .collect(Collectors.groupingBy(AlertReceivers.Received::id));
        String hook = byId.keySet().stream().filter(id -> byId.get(id).get(0).body().contains("\"ALERT-HOOK\""))
                .findFirst().orElseThrow();
        List<AlertReceivers.Received> tries = byId.get(hook);
        assertThat(tries).extracting(AlertReceivers.Received::status).containsExactly(503, 503, 204);
        for (AlertReceivers.Received r : tries) {
            assertThat(r.signature()).isEqualTo(expectedSignature(r.id(), r.timestamp(), r.body()));
        }
        byId.values().forEach(list -> assertThat(list.stream().filter(r -> r.status() == 204)).hasSize(1));

        JsonPath alerts = TestAccounts.as(TestAccounts.CURATOR).get("/api/alerts").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> webhook = alerts.getMap("find { it.idempotencyKey == 'ALERT-HOOK|1|LAPSED|2018-05-01' }"
                + ".deliveries.find { it.channel == 'WEBHOOK' }");
        assertThat(webhook).containsEntry("status", "DELIVERED").containsEntry("attempts", 3);

        MimeMessage[] received = AlertReceivers.mail.getReceivedMessages();
        MimeMessage message = Arrays.stream(received)
                .filter(m -> subject(m).contains("ALERT-HOOK 1 is LAPSED")).findFirst().orElseThrow();
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(AlertReceivers.MAIL_TO);
        assertThat(message.getHeader("X-Vigil-Alert")[0]).isEqualTo("ALERT-HOOK|1|LAPSED|2018-05-01");
    }

    @Test
    void twoWorkersAtOnce_deliverEachAlertOnce() throws Exception {
        int before = AlertReceivers.REQUESTS.size();
        AlertReceivers.refusals = 0;
        try {
            scan("2027-06-01");
            scan("2027-08-01");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                Callable<Integer> a = () -> deliveries.deliverDue("instance-a");
                Callable<Integer> b = () -> deliveries.deliverDue("instance-b");
                runs.add(pool.submit(a));
                runs.add(pool.submit(b));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
            pool.shutdown();
        } finally {
            AlertReceivers.refusals = 2;
        }
        List<AlertReceivers.Received> accepted = AlertReceivers.REQUESTS.subList(before, AlertReceivers.REQUESTS.size())
                .stream().filter(r -> r.status() == 204).toList();
        assertThat(accepted).isNotEmpty();
        assertThat(accepted.stream().map(AlertReceivers.Received::id).distinct().count())
                .as("each message accepted once").isEqualTo(accepted.size());
    }

    @Test
    void calendarFeed_parsesStrictly_withTheSunsetDates() throws Exception {
        String ics = TestAccounts.as(TestAccounts.OFFICER_A).get("/api/sunsets.ics?asOf=2026-12-03")
                .then().statusCode(200).contentType("text/calendar").extract().asString();
        assertThat(ics).contains("\r\n").doesNotContain("\n\n");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        Map<String, String> starts = calendar.<VEvent>getComponents("VEVENT").stream().collect(Collectors.toMap(
                e -> e.<Property>getProperty(Property.SUMMARY).orElseThrow().getValue(),
                e -> e.<Property>getProperty(Property.DTSTART).orElseThrow().getValue()));
        assertThat(starts).containsEntry("Sunset: NIST-AI-RMF 1.0 (LAPSED)", "20260126")
                .containsEntry("Sunset: ISO-IEC-42001 2023 (EXPIRING)", "20261218")
                .containsEntry("Sunset: EU-AI-ACT 2024/1689 (CURRENT)", "20270712");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath scan(String asOf) {
        return TestAccounts.as(TestAccounts.CURATOR).post("/api/alerts/scan?asOf=" + asOf)
                .then().statusCode(200).extract().jsonPath();
    }

    private void deliverUntilQuiet() throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            deliveries.deliverDue("test");
            long pending = TestAccounts.as(TestAccounts.ADMIN).get("/api/alerts").then().extract().jsonPath()
                    .getList("deliveries.flatten().findAll { it.status == 'PENDING' }").size();
            if (pending == 0) {
                return;
            }
            Thread.sleep(60);
        }
    }

    private static String expectedSignature(String id, String timestamp, String body) throws Exception {
        byte[] key = Base64.getDecoder().decode(AlertReceivers.SECRET.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }
}

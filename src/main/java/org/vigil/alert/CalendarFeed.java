package org.vigil.alert;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.vigil.sunset.SunsetView;

/**
 * Writes sunsets as an RFC 5545 calendar: one all-day event per version on its sunset date.
 * The text depends only on the catalog and the as-of date, so the feed is stable between
 * changes and calendar programs do not see spurious updates.
 */
final class CalendarFeed {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private CalendarFeed() {
    }

    static String write(List<SunsetView> sunsets, LocalDate asOf) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Vigil//Sunset feed//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:Vigil standard sunsets");
        for (SunsetView s : sunsets) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:sunset-" + s.standard() + "-" + s.version().replace('/', '-') + "@vigil");
            line(out, "DTSTAMP:" + DAY.format(asOf) + "T000000Z");
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(s.sunsetDate()));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(s.sunsetDate().plusDays(1)));
            line(out, "SUMMARY:" + text("Sunset: " + s.standard() + " " + s.version() + " (" + s.state() + ")"));
            line(out, "DESCRIPTION:" + text((s.title() == null ? "" : s.title() + ". ") + "Sunset date from "
                    + s.basis() + "; state on " + asOf + ": " + s.state() + ". Revalidate the version against"
                    + " current evidence by this date or treat it as lapsed."));
            line(out, "CATEGORIES:" + text(s.state().name()));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Escapes a TEXT value (RFC 5545 section 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets with CRLF endings (section 3.1). */
    static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int end = start + limit;
            // Do not split a UTF-8 sequence: back up to the start of a character.
            while ((bytes[end] & 0xC0) == 0x80) {
                end--;
            }
            out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n ");
            start = end;
            limit = 74;
        }
        out.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8))
                .append("\r\n");
    }
}

package org.vigil.report;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {name}} placeholders in template text. */
public final class Placeholders {

    private static final Pattern NAME = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private Placeholders() {
    }

    /** Returns the placeholder names a text uses, in order of first use. */
    public static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NAME.matcher(text == null ? "" : text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Replaces each known placeholder with its value; unknown ones stay as written. */
    public static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return "";
        }
        Matcher m = NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        return m.appendTail(out).toString();
    }
}

package org.vigil.catalog.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each imported requirement node a stable clause reference in Vigil's style.
 *
 * <p>"Article 43" becomes {@code Art.43} and its paragraph "43.1.a" becomes
 * {@code Art.43(1)(a)}; "MEASURE 2.6" becomes {@code MEASURE-2.6}; other reference ids
 * keep their text with spaces as dashes. A node with neither a usable reference id nor
 * an article name, or whose reference is taken, is named by the last part of its URN.
 */
final class NodeReferences {

    private static final Pattern ARTICLE = Pattern.compile("(?i)article\\s+(\\d+[a-z]?)");
    private static final Pattern PARAGRAPH = Pattern.compile("(\\d+[a-z]?)\\.(\\d+)(?:\\.([a-z]+))?");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9.()_:-]+");

    private final Map<String, String> byUrn = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    /** Returns the reference for the node and remembers it. */
    String assign(CisoAssistantLibrary.Node node) {
        String ref = candidate(node);
        if (ref == null || ref.isEmpty() || !taken.add(ref)) {
            ref = urnTail(node.urn());
            taken.add(ref);
        }
        byUrn.put(node.urn(), ref);
        return ref;
    }

    String of(String urn) {
        return byUrn.get(urn);
    }

    private String candidate(CisoAssistantLibrary.Node node) {
        if (node.refId() == null && node.name() != null) {
            Matcher article = ARTICLE.matcher(node.name().strip());
            if (article.matches()) {
                return "Art." + article.group(1);
            }
            return null;
        }
        if (node.refId() == null) {
            return null;
        }
        Matcher paragraph = PARAGRAPH.matcher(node.refId());
        String parentRef = node.parentUrn() == null ? null : byUrn.get(node.parentUrn());
        if (paragraph.matches() && parentRef != null
                && parentRef.startsWith("Art." + paragraph.group(1))) {
            String ref = "Art." + paragraph.group(1) + "(" + paragraph.group(2) + ")";
            return paragraph.group(3) == null ? ref : ref + "(" + paragraph.group(3) + ")";
        }
        return safe(node.refId());
    }

    private static String urnTail(String urn) {
        return safe(urn.substring(urn.lastIndexOf(':') + 1));
    }

    private static String safe(String text) {
        String cleaned = UNSAFE.matcher(text.strip()).replaceAll("-");
        cleaned = cleaned.replaceAll("^[^A-Za-z0-9]+", "");
        return cleaned.length() > 200 ? cleaned.substring(0, 200) : cleaned;
    }
}

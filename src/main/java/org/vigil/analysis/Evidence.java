package org.vigil.analysis;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.vigil.catalog.Layer;

/** Small helpers the DRL files call, kept here so the rules read as rules. */
public final class Evidence {

    private Evidence() {
    }

    /** Orders layers by how close to the world they measure: TEXT 1, ACTION 2, PHYSICAL 3, else 0. */
    public static int rank(Layer layer) {
        return switch (layer) {
            case TEXT -> 1;
            case ACTION -> 2;
            case PHYSICAL -> 3;
            case UNSPECIFIED -> 0;
        };
    }

    public static boolean isEnglish(String language) {
        return sameLanguage(language, "en");
    }

    /** Compares primary language subtags, so {@code en-GB} and {@code en} are the same language. */
    public static boolean sameLanguage(String a, String b) {
        return primary(a).equals(primary(b));
    }

    /** Returns the evaluation measuring closest to the world, the lowest id among equals. */
    public static EvaluationFact best(Collection<?> evaluations) {
        return evaluations.stream().map(EvaluationFact.class::cast)
                .max(Comparator.comparingInt(EvaluationFact::getLayerRank)
                        .thenComparing(EvaluationFact::getId, Comparator.reverseOrder()))
                .orElse(null);
    }

    /** Returns the earliest finding, by publication date and then id, or null. */
    public static FindingFact earliest(Collection<?> findings) {
        return findings.stream().map(FindingFact.class::cast)
                .min(Comparator.comparing(FindingFact::getPublished).thenComparing(FindingFact::getId))
                .orElse(null);
    }

    /** Joins values in sorted order, for messages that must read the same on every run. */
    public static String list(Collection<?> values) {
        return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    /** Formats a share as percentage points with one decimal, e.g. 0.2311 as "23.1". */
    public static String points(double share) {
        // String.format dominated large analyses (one call per attack family); this is exact
        // for the shares Vigil prints and an order of magnitude cheaper.
        long tenths = Math.round(share * 1000);
        return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }

    /** Returns the primary language subtag in lower case: {@code en} for {@code en-GB}. */
    public static String primary(String language) {
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}

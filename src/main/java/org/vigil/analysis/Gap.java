package org.vigil.analysis;

import java.util.Comparator;

/**
 * One gap found by a rule: what is missing or contradicted, where, and what to do about it.
 *
 * @param level the level of iatrogenic safety (1 clinical, 2 social, 3 structural, 4 verification)
 * @param clause the claimed clause as {@code STANDARD:reference}; the standard's id alone for a gap
 *     about a claimed standard version (its sunset); null for a gap about the whole submission
 * @param clauseVersion the id of the clause version in force on the as-of date
 * @param rule the name of the rule that fired
 */
public record Gap(String code, int level, Severity severity, String clause, String clauseVersion,
        String evaluation, String finding, String message, String recommendation, String rule) {

    /** The order gaps are reported in: most severe first, then by code, clause and the rest. */
    public static final Comparator<Gap> ORDER = Comparator.comparing(Gap::severity)
            .thenComparingInt(Gap::level)
            .thenComparing(Gap::code)
            .thenComparing(Gap::clause, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Gap::evaluation, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Gap::finding, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Gap::message);
}

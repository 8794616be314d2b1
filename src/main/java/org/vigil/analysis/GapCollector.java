package org.vigil.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global through which rules report gaps ({@code gaps} in the DRL files).
 *
 * <p>A rule opens a gap with {@link #gap} and fills it in; the engine collects every opened
 * gap after the rules have run, drops exact duplicates and sorts them by {@link Gap#ORDER}.
 */
public class GapCollector {

    private final List<Builder> opened = new ArrayList<>();

    /** Opens a gap reported by the rule that is firing. */
    public Builder gap(RuleContext kcontext, String code, int level, Severity severity) {
        Builder builder = new Builder(kcontext.getRule().getName(), code, level, severity);
        opened.add(builder);
        return builder;
    }

    /** Returns the gaps reported so far, without duplicates, in report order. */
    public List<Gap> gaps() {
        Set<Gap> unique = new LinkedHashSet<>();
        opened.forEach(b -> unique.add(b.build()));
        List<Gap> sorted = new ArrayList<>(unique);
        sorted.sort(Gap.ORDER);
        return sorted;
    }

    /** A gap being filled in by a rule's consequence. */
    public static final class Builder {
        private final String rule;
        private final String code;
        private final int level;
        private final Severity severity;
        private String clause;
        private String clauseVersion;
        private String evaluation;
        private String finding;
        private String message = "";
        private String recommendation = "";

        Builder(String rule, String code, int level, Severity severity) {
            this.rule = rule;
            this.code = code;
            this.level = level;
            this.severity = severity;
        }

        public Builder claim(ClaimFact claim) {
            this.clause = claim.getKey();
            this.clauseVersion = claim.getClauseVersion();
            return this;
        }

        public Builder clause(String key) {
            this.clause = key;
            return this;
        }

        public Builder evaluation(String id) {
            this.evaluation = id;
            return this;
        }

        public Builder finding(String id) {
            this.finding = id;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Builder recommendation(String recommendation) {
            this.recommendation = recommendation;
            return this;
        }

        Gap build() {
            return new Gap(code, level, severity, clause, clauseVersion, evaluation, finding, message,
                    recommendation, rule);
        }
    }
}

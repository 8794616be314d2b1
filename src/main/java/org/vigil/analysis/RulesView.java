package org.vigil.analysis;

import java.time.Instant;
import java.util.List;

/** The loaded rule set: its hash, when it was compiled, and every rule with file and line. */
public record RulesView(String rulesetHash, Instant loadedAt, List<String> files, int count, List<RuleInfo> rules) {

    static RulesView of(RuleBase base, Instant loadedAt) {
        return new RulesView(base.hash(), loadedAt, base.files(), base.rules().size(), base.rules());
    }
}

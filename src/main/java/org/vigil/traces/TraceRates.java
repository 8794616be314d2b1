package org.vigil.traces;

import java.util.List;

/** The rates of a trace set per arm, and per arm and language, attack family or cue. */
public record TraceRates(List<GroupRates> byArm, List<GroupRates> byLanguage,
        List<GroupRates> byAttackFamily, List<GroupRates> byCue) {

    /** Returns the rates of the whole arm, or null when the set has no trace in it. */
    public GroupRates arm(Arm arm) {
        return byArm.stream().filter(g -> g.arm().equals(arm.wire())).findFirst().orElse(null);
    }
}

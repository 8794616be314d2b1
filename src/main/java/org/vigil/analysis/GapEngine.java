package org.vigil.analysis;

import java.util.List;
import org.kie.api.runtime.KieSession;

/** Runs a compiled rule base over one analysis's facts. */
public final class GapEngine {

    private GapEngine() {
    }

    /** Returns the gaps the rules report, without duplicates, in {@link Gap#ORDER}. */
    public static List<Gap> run(RuleBase rules, AnalysisFacts facts) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            GapCollector collector = new GapCollector();
            session.setGlobal("gaps", collector);
            facts.all().forEach(session::insert);
            session.fireAllRules();
            return collector.gaps();
        } finally {
            session.dispose();
        }
    }
}

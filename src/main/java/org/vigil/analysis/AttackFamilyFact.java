package org.vigil.analysis;

/** One attack family of an evaluation, with the Wilson 95% interval of its success rate. */
public class AttackFamilyFact {

    private final String evaluationId;
    private final String name;
    private final int scenarios;
    private final int successes;
    private final double halfWidth;

    public AttackFamilyFact(String evaluationId, String name, int scenarios, int successes) {
        this.evaluationId = evaluationId;
        this.name = name;
        this.scenarios = scenarios;
        this.successes = successes;
        this.halfWidth = Wilson.halfWidth(successes, scenarios);
    }

    public String getEvaluationId() {
        return evaluationId;
    }

    public String getName() {
        return name;
    }

    public int getScenarios() {
        return scenarios;
    }

    public int getSuccesses() {
        return successes;
    }

    public double getRate() {
        return scenarios == 0 ? 0 : (double) successes / scenarios;
    }

    /** Half the width of the Wilson 95% interval, as a share (0.2 is 20 points). */
    public double getHalfWidth() {
        return halfWidth;
    }
}

package org.vigil.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.catalog.Intervention;
import org.vigil.catalog.Layer;
import org.vigil.submission.PhysicalControl;
import org.vigil.submission.SubmissionDocument.Evaluation;
import org.vigil.submission.SubmissionDocument;

/**
 * Turns a validated submission into the facts the rules see about the system and its evidence.
 *
 * <p>Publishing an evaluation's methodology counts as the intervention
 * {@link Intervention#PUBLISHED_METHODOLOGY}, so the contraindication for evaluation-aware
 * models can name it. Safety tuning counts as done in English unless
 * {@code safetyTuningLanguages} says otherwise.
 */
public final class SubmissionFacts {

    private SubmissionFacts() {
    }

    public static SystemFact system(SubmissionDocument document) {
        SubmissionDocument.SystemProfile s = document.system();
        Set<Intervention> interventions = EnumSet.noneOf(Intervention.class);
        orEmpty(s.interventions()).forEach(i -> interventions.add(Intervention.valueOf(i)));
        if (orEmpty(document.evaluations()).stream().anyMatch(e -> Boolean.TRUE.equals(e.methodologyPublished()))) {
            interventions.add(Intervention.PUBLISHED_METHODOLOGY);
        }
        Set<PhysicalControl> controls = EnumSet.noneOf(PhysicalControl.class);
        orEmpty(s.physicalControls()).forEach(c -> controls.add(PhysicalControl.valueOf(c)));
        List<String> tuning = s.safetyTuningLanguages() == null || s.safetyTuningLanguages().isEmpty()
                ? List.of("en") : s.safetyTuningLanguages();
        return new SystemFact(s.name(), Layer.valueOf(s.harmLayer()), yes(s.embodied()), orEmpty(s.languages()),
                tuning, yes(s.multiAgent()), yes(s.longContext()), yes(s.agenticPressure()),
                yes(s.evaluationAware()), yes(document.certification()),
                orEmpty(s.components()).stream().map(SubmissionDocument.Component::id).toList(),
                orEmpty(s.components()).stream().filter(c -> "ADAPTER".equals(c.kind()))
                        .map(SubmissionDocument.Component::id).toList(),
                interventions, controls);
    }

    public static List<EvaluationFact> evaluations(SubmissionDocument document) {
        List<EvaluationFact> facts = new ArrayList<>();
        for (Evaluation e : orEmpty(document.evaluations())) {
            facts.add(new EvaluationFact(e.id(), Layer.valueOf(e.layer()), e.method(),
                    LocalDate.parse(e.performedOn()), orEmpty(e.languages()), yes(e.methodologyPublished()),
                    orEmpty(e.components()), new LinkedHashSet<>(orEmpty(e.supports()))));
        }
        return facts;
    }

    public static List<AttackFamilyFact> attackFamilies(SubmissionDocument document) {
        List<AttackFamilyFact> facts = new ArrayList<>();
        for (Evaluation e : orEmpty(document.evaluations())) {
            for (SubmissionDocument.AttackFamily family : orEmpty(e.attackFamilies())) {
                facts.add(new AttackFamilyFact(e.id(), family.name(), family.scenarios(), family.successes()));
            }
        }
        return facts;
    }

    private static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

package org.vigil.analysis;

import java.util.List;
import java.util.Set;
import org.vigil.catalog.Intervention;
import org.vigil.catalog.Layer;
import org.vigil.submission.PhysicalControl;

/** The submitted system's profile, as the rules see it; one per analysis. */
public class SystemFact {

    private final String name;
    private final Layer harmLayer;
    private final boolean embodied;
    private final List<String> languages;
    private final List<String> safetyTuningLanguages;
    private final boolean multiAgent;
    private final boolean longContext;
    private final boolean agenticPressure;
    private final boolean evaluationAware;
    private final boolean certification;
    private final List<String> componentIds;
    private final List<String> adapterIds;
    private final Set<Intervention> interventions;
    private final Set<PhysicalControl> physicalControls;

    public SystemFact(String name, Layer harmLayer, boolean embodied, List<String> languages,
            List<String> safetyTuningLanguages, boolean multiAgent, boolean longContext, boolean agenticPressure,
            boolean evaluationAware, boolean certification, List<String> componentIds, List<String> adapterIds,
            Set<Intervention> interventions, Set<PhysicalControl> physicalControls) {
        this.name = name;
        this.harmLayer = harmLayer;
        this.embodied = embodied;
        this.languages = List.copyOf(languages);
        this.safetyTuningLanguages = List.copyOf(safetyTuningLanguages);
        this.multiAgent = multiAgent;
        this.longContext = longContext;
        this.agenticPressure = agenticPressure;
        this.evaluationAware = evaluationAware;
        this.certification = certification;
        this.componentIds = List.copyOf(componentIds);
        this.adapterIds = List.copyOf(adapterIds);
        this.interventions = Set.copyOf(interventions);
        this.physicalControls = Set.copyOf(physicalControls);
    }

    public String getName() {
        return name;
    }

    public Layer getHarmLayer() {
        return harmLayer;
    }

    public int getHarmRank() {
        return Evidence.rank(harmLayer);
    }

    public boolean isEmbodied() {
        return embodied;
    }

    public List<String> getLanguages() {
        return languages;
    }

    /** Deployment languages other than English, in the order given. */
    public List<String> getNonEnglishLanguages() {
        return languages.stream().filter(l -> !Evidence.isEnglish(l)).toList();
    }

    /** Deployment languages that the safety tuning was not done in. */
    public List<String> getUntunedLanguages() {
        return languages.stream()
                .filter(l -> safetyTuningLanguages.stream().noneMatch(t -> Evidence.sameLanguage(l, t)))
                .toList();
    }

    public List<String> getSafetyTuningLanguages() {
        return safetyTuningLanguages;
    }

    public boolean isMultiAgent() {
        return multiAgent;
    }

    public boolean isLongContext() {
        return longContext;
    }

    public boolean isAgenticPressure() {
        return agenticPressure;
    }

    public boolean isEvaluationAware() {
        return evaluationAware;
    }

    public boolean isCertification() {
        return certification;
    }

    public List<String> getComponentIds() {
        return componentIds;
    }

    public List<String> getAdapterIds() {
        return adapterIds;
    }

    public Set<Intervention> getInterventions() {
        return interventions;
    }

    public Set<PhysicalControl> getPhysicalControls() {
        return physicalControls;
    }
}

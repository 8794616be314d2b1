package org.vigil.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigil.catalog.Layer;

/** An evaluation offered as evidence. */
public class EvaluationFact {

    private final String id;
    private final Layer layer;
    private final String method;
    private final LocalDate performedOn;
    private final List<String> languages;
    private final boolean methodologyPublished;
    private final List<String> components;
    private final Set<String> supports;
    private final Set<String> primaryLanguages;

    public EvaluationFact(String id, Layer layer, String method, LocalDate performedOn, List<String> languages,
            boolean methodologyPublished, List<String> components, Set<String> supports) {
        this.id = id;
        this.layer = layer;
        this.method = method;
        this.performedOn = performedOn;
        this.languages = List.copyOf(languages);
        this.methodologyPublished = methodologyPublished;
        this.components = List.copyOf(components);
        this.supports = Set.copyOf(supports);
        this.primaryLanguages = languages.stream().map(Evidence::primary).collect(Collectors.toUnmodifiableSet());
    }

    public String getId() {
        return id;
    }

    public Layer getLayer() {
        return layer;
    }

    public int getLayerRank() {
        return Evidence.rank(layer);
    }

    public String getMethod() {
        return method;
    }

    public LocalDate getPerformedOn() {
        return performedOn;
    }

    public List<String> getLanguages() {
        return languages;
    }

    /** The primary subtags of the languages covered, so {@code en} covers {@code en-GB}. */
    public Set<String> getPrimaryLanguages() {
        return primaryLanguages;
    }

    public boolean isMethodologyPublished() {
        return methodologyPublished;
    }

    /** Component ids the evaluation exercised; empty when the submission did not say. */
    public List<String> getComponents() {
        return components;
    }

    /** Claimed clause keys ({@code STANDARD:reference}) the evaluation is offered for. */
    public Set<String> getSupports() {
        return supports;
    }
}

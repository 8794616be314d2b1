package org.vigil.traces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.vigil.web.FieldError;
import org.vigil.web.ProblemException;

/**
 * Computes the Therapeutic Index for Safety of stored trace sets, with the configured
 * resamples and seed, so the API, the analyses and the reports read the same numbers.
 *
 * <p>Checks no access: callers first ask {@link TraceSets#readable} or own the set.
 */
@ApplicationScoped
public class TherapeuticIndexes {

    private static final Logger LOG = Logger.getLogger(TherapeuticIndexes.class);
    private static final int CACHED = 16;

    @Inject
    TraceSets traceSets;

    @Inject
    TisConfig config;

    private final Map<TherapeuticIndex.Inputs, TherapeuticIndex> recent = Collections.synchronizedMap(new Recent());

    /**
     * Returns the index of a stored trace set.
     *
     * @throws ProblemException 404 when the set does not exist, 422 naming {@code arm} when an
     *     arm has no gradeable trace
     */
    @Transactional
    public TherapeuticIndex of(long traceSetId) {
        TraceSet set = TraceSet.findById(traceSetId);
        if (set == null) {
            throw TraceSets.notFound(traceSetId);
        }
        return compute(set);
    }

    /** Returns the inputs a computation for the set would use, for reproducibility keys. */
    public TherapeuticIndex.Inputs inputs(TraceSet set) {
        return new TherapeuticIndex.Inputs(set.id, set.contentHash, set.lexiconHash, set.c2Score, set.c3Score,
                config.resamples(), config.seed());
    }

    /** Returns the index of a stored set, or null when an arm has no gradeable trace. */
    public TherapeuticIndex indexed(TraceSet set) {
        try {
            return compute(set);
        } catch (ProblemException e) {
            return null;
        }
    }

    TherapeuticIndex compute(TraceSet set) {
        TherapeuticIndex.Inputs inputs = inputs(set);
        TherapeuticIndex cached = recent.get(inputs);
        if (cached != null) {
            return cached;
        }
        long started = System.nanoTime();
        List<GradedTrace> traces = traceSets.traces(set.id);
        TherapeuticIndex index;
        try {
            index = TherapeuticIndex.compute(inputs, traces);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(422, "TI-S not computable", e.getMessage(),
                    List.of(new FieldError("arm", e.getMessage())));
        }
        LOG.debugf("TI-S of trace set %d: %d traces, %d resamples in %d ms", set.id, traces.size(),
                config.resamples(), (System.nanoTime() - started) / 1_000_000);
        recent.put(inputs, index);
        return index;
    }

    /**
     * The last few results by their inputs. The traces of a set never change and the inputs
     * name everything else a result depends on, so a cached result is always current.
     */
    private static final class Recent extends LinkedHashMap<TherapeuticIndex.Inputs, TherapeuticIndex> {
        Recent() {
            super(16, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<TherapeuticIndex.Inputs, TherapeuticIndex> eldest) {
            return size() > CACHED;
        }
    }
}

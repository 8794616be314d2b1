package org.vigil.traces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
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

    @Inject
    TraceSets traceSets;

    @Inject
    TisConfig config;

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

    TherapeuticIndex compute(TraceSet set) {
        long started = System.nanoTime();
        List<GradedTrace> traces = traceSets.traces(set.id);
        try {
            TherapeuticIndex index = TherapeuticIndex.compute(inputs(set), traces);
            LOG.debugf("TI-S of trace set %d: %d traces, %d resamples in %d ms", set.id, traces.size(),
                    config.resamples(), (System.nanoTime() - started) / 1_000_000);
            return index;
        } catch (IllegalArgumentException e) {
            throw new ProblemException(422, "TI-S not computable", e.getMessage(),
                    List.of(new FieldError("arm", e.getMessage())));
        }
    }
}

package org.vigil.analysis;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Holds the compiled rule base. It is compiled once at startup, where a rule that does not
 * compile stops Vigil with file and line, and again only on an explicit reload, which keeps
 * the current rules if the new ones fail.
 */
@ApplicationScoped
public class Rules {

    private static final Logger LOG = Logger.getLogger(Rules.class);

    @Inject
    RulesConfig config;

    @Inject
    Clock clock;

    private volatile RuleBase current;
    private volatile Instant loadedAt;

    void onStart(@Observes StartupEvent event) {
        load();
    }

    public RuleBase current() {
        if (current == null) {
            load();
        }
        return current;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    /** Compiles the rules folder and, if it compiles, makes it the current rule base. */
    public synchronized RuleBase load() {
        long started = System.nanoTime();
        RuleBase compiled = RuleBase.compile(config.dir());
        current = compiled;
        loadedAt = clock.instant();
        LOG.infof("Rules compiled from %s in %d ms: %d files, %d rules, %s", config.dir(),
                (System.nanoTime() - started) / 1_000_000, compiled.files().size(), compiled.rules().size(),
                compiled.hash());
        return compiled;
    }
}

package org.vigil.traces;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Holds the lexicons read from {@code vigil.traces.lexicons} at startup. */
@ApplicationScoped
public class LexiconFile {

    private static final Logger LOG = Logger.getLogger(LexiconFile.class);

    @Inject
    TracesConfig config;

    private volatile Lexicons current;

    void onStart(@Observes StartupEvent event) {
        current();
    }

    /** Returns the lexicons, reading the file on first use. */
    public Lexicons current() {
        if (current == null) {
            synchronized (this) {
                if (current == null) {
                    current = Lexicons.load(config.lexicons());
                    LOG.infof("Lexicons read from %s: %s", config.lexicons(), current.hash());
                }
            }
        }
        return current;
    }
}

package org.vigil.report;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Holds the report templates, loaded and checked once at startup; a broken one stops Vigil. */
@ApplicationScoped
public class Templates {

    private static final Logger LOG = Logger.getLogger(Templates.class);

    @Inject
    ReportConfig config;

    private volatile TemplateSet current;

    void onStart(@Observes StartupEvent event) {
        current();
    }

    public TemplateSet current() {
        TemplateSet loaded = current;
        if (loaded == null) {
            synchronized (this) {
                if (current == null) {
                    long started = System.nanoTime();
                    current = TemplateSet.load(config.templates());
                    LOG.infof("Report templates loaded from %s in %d ms: %d reports, %s paper, %s",
                            config.templates(), (System.nanoTime() - started) / 1_000_000, current.size(),
                            current.style().paper(), current.hash());
                }
                loaded = current;
            }
        }
        return loaded;
    }
}

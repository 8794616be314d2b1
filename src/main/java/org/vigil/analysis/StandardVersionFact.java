package org.vigil.analysis;

import java.time.LocalDate;
import org.vigil.sunset.Sunset;
import org.vigil.sunset.SunsetState;

/** A claimed standard version with its sunset state on the as-of date. */
public class StandardVersionFact {

    private final String standard;
    private final String version;
    private final LocalDate published;
    private final Sunset sunset;

    public StandardVersionFact(String standard, String version, LocalDate published, Sunset sunset) {
        this.standard = standard;
        this.version = version;
        this.published = published;
        this.sunset = sunset;
    }

    public String getStandard() {
        return standard;
    }

    public String getVersion() {
        return version;
    }

    public LocalDate getPublished() {
        return published;
    }

    public LocalDate getSunsetDate() {
        return sunset.date();
    }

    public boolean isSunsetDeclared() {
        return sunset.declared();
    }

    public String getSunsetBasis() {
        return sunset.basis();
    }

    /** Says where the sunset date comes from, for messages. */
    public String getSunsetExplanation() {
        return switch (sunset.basis()) {
            case "declared" -> "the date the standard declares";
            case "revalidated" -> "last revalidation plus the revalidation interval";
            default -> "publication plus the revalidation interval";
        };
    }

    public SunsetState getState() {
        return sunset.state();
    }

    public long getDaysLeft() {
        return sunset.daysLeft();
    }
}

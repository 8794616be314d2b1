package org.vigil.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One figure a finding reports, as published ("Hedges' g, English" = "-1.844"). */
@Embeddable
public class KeyFigure {

    public String label;

    @Column(name = "figure")
    public String value;

    protected KeyFigure() {
    }

    public KeyFigure(String label, String value) {
        this.label = label;
        this.value = value;
    }
}

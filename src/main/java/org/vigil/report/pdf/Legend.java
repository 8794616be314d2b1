package org.vigil.report.pdf;

import java.awt.Color;

/** A colour swatch and what it means, shown under a chart. */
public record Legend(Color colour, String label) {
}

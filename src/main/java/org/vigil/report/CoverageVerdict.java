package org.vigil.report;

/** Whether a claimed clause's evidence reaches the layer where the system causes harm. */
public enum CoverageVerdict {
    COVERED, PARTIAL, NOT_COVERED
}

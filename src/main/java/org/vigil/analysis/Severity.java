package org.vigil.analysis;

/** How urgently a gap needs attention, most urgent first. */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    INFO
}

package org.vigil.alert;

/** How an alert reaches people. */
public enum Channel {
    WEBHOOK,
    EMAIL
}

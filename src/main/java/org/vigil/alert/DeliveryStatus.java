package org.vigil.alert;

/** Where a delivery stands. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    /** Given up after the configured number of attempts. */
    FAILED
}

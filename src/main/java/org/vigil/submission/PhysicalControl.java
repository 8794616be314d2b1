package org.vigil.submission;

/** A safety control that acts in the physical world rather than on the model's output. */
public enum PhysicalControl {
    FORCE_LIMITING,
    SPEED_GOVERNOR,
    COLLISION_DETECTION,
    EMERGENCY_STOP,
    SAFETY_ZONE
}

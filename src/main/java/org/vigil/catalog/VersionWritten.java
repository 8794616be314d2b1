package org.vigil.catalog;

/** The answer to a version or amendment write: the version and what changed. */
public record VersionWritten(VersionView version, int clauseVersionsAdded, int clauseVersionsCorrected) {
}

package org.vigil.catalog.imports;

/** What an import stored: the version it created and how many nodes Vigil could annotate. */
public record ImportResult(
        String standard,
        String version,
        String library,
        String framework,
        int nodes,
        int clauses,
        int annotated,
        int unspecified,
        long millis) {
}

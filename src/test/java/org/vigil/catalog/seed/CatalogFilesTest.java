package org.vigil.catalog.seed;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A malformed catalog file is rejected with its name, the line and the field. */
class CatalogFilesTest {

    private static final String HEADER = """
            standard:
              id: BAD-STD
              title: Bad
              publisher: Tests
              kind: STANDARD
            versions:
              - label: "1"
                published: 2025-01-01
                inForceFrom: 2025-01-01
                clauses:
            """;

    @Test
    void unknownLayer_namesFileLineAndField() {
        String text = HEADER + """
                      - ref: A
                        title: A
                        layer: TXT
                """;

        assertThatThrownBy(() -> parse(text))
                .isInstanceOf(CatalogFileException.class)
                .hasMessageContaining("bad.yaml, line 13, field versions[0].clauses[0].layer")
                .hasMessageContaining("'TXT' is not one of TEXT, ACTION, PHYSICAL, UNSPECIFIED");
    }

    @Test
    void missingTitle_pointsAtTheEntryThatLacksIt() {
        String text = HEADER + """
                      - ref: A
                        title: A
                        layer: TEXT
                      - ref: B
                        layer: TEXT
                """;

        assertThatThrownBy(() -> parse(text))
                .hasMessageContaining("line 14, field versions[0].clauses[1].title: is required");
    }

    @Test
    void malformedDate_namesTheField() {
        String text = HEADER.replace("published: 2025-01-01", "published: 2025-13-40");

        assertThatThrownBy(() -> parse(text))
                .hasMessageContaining("line 8, field versions[0].published")
                .hasMessageContaining("not a date");
    }

    @Test
    void misspelledKey_isAnErrorNotASilentDrop() {
        String text = HEADER + """
                      - ref: A
                        title: A
                        layer: TEXT
                        asumptions: [STATIC_THREATS]
                """;

        assertThatThrownBy(() -> parse(text))
                .hasMessageContaining("line 14")
                .hasMessageContaining("unknown field 'asumptions'");
    }

    @Test
    void danglingParent_namesTheParentField() {
        String text = HEADER + """
                      - ref: A
                        parent: Z
                        title: A
                        layer: TEXT
                """;

        assertThatThrownBy(() -> parse(text))
                .hasMessageContaining("line 12, field versions[0].clauses[0].parent")
                .hasMessageContaining("'Z' is not a clause listed before this one");
    }

    @Test
    void contraindication_citingAnUnknownFinding_isRejected() {
        String text = """
                contraindications:
                  - id: X
                    intervention: SELF_REFLECTION
                    context: AGENTIC_PRESSURE
                    description: Backfires.
                    findings: [NO-SUCH-FINDING]
                """;

        assertThatThrownBy(() -> CatalogFiles.parse("contraindications.yaml", text,
                        ContraindicationsFile.class, f -> f.check(java.util.Set.of("OTHER"))))
                .hasMessageContaining("line 6, field contraindications[0].findings[0]");
    }

    private static StandardFile parse(String text) {
        return CatalogFiles.parse("standards/bad.yaml", text, StandardFile.class, StandardFile::check);
    }
}

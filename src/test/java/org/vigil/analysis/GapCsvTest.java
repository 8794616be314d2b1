package org.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV quoting of gap fields, as RFC 4180 asks. */
class GapCsvTest {

    @Test
    void fieldsWithCommasQuotesOrBreaks_areQuoted_andPlainOnesAreNot() {
        assertThat(GapCsv.field("plain")).isEqualTo("plain");
        assertThat(GapCsv.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(GapCsv.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(GapCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void gapWithoutClause_leavesItsCellsEmpty() {
        Gap gap = new Gap("NO_SUNSET_CLAUSE", 3, Severity.LOW, null, null, null, null, "m", "r", "rule");
        assertThat(GapCsv.write(List.of(gap))).endsWith("\r\nNO_SUNSET_CLAUSE,3,LOW,,,,,m,r,rule\r\n");
    }
}

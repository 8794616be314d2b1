package org.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Compiling the rules folder: every file loads, the hash is stable, errors name file and line. */
class RuleBaseTest {

    @Test
    void rulesFolder_compiles_withEveryRuleListed() {
        RuleBase rules = RuleBase.compile(Path.of("rules"));
        assertThat(rules.files()).contains("layers.drl", "sunset.drl", "contraindications.drl");
        assertThat(rules.rules()).extracting(RuleInfo::name).contains("Best evidence measures below the harm layer");
        assertThat(rules.rules()).allSatisfy(r -> assertThat(r.packageName()).isEqualTo("vigil"));
        assertThat(rules.hash()).startsWith("sha256:").isEqualTo(RuleBase.compile(Path.of("rules")).hash());
    }

    @Test
    void brokenDrl_namesFileAndLine() {
        Map<String, String> sources = Map.of("broken.drl", """
                package vigil;
                import org.vigil.analysis.*;
                global GapCollector gaps;

                rule "Broken"
                when
                    SystemFact( noSuchField == true )
                then
                end
                """);
        assertThatThrownBy(() -> RuleBase.compile("rules", sources))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("rules/broken.drl, line 7");
    }

    @Test
    void sameRuleNameInTwoFiles_isRefused() {
        String rule = """
                package vigil;
                rule "Twice"
                when
                then
                end
                """;
        Map<String, String> sources = new TreeMap<>(Map.of("a.drl", rule, "b.drl", rule));
        assertThatThrownBy(() -> RuleBase.compile("rules", sources))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("rules/b.drl, line 2")
                .hasMessageContaining("also declared in rules/a.drl");
    }
}

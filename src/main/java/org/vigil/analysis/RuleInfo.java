package org.vigil.analysis;

/** A loaded rule: its name, the file and line it is declared at, and its DRL package. */
public record RuleInfo(String name, String file, int line, String packageName) {
}

package org.vigil.analysis;

import java.util.List;

/** DRL that does not compile, with every error as "file, line N: message". */
public class RuleBaseException extends RuntimeException {

    private final List<String> errors;

    public RuleBaseException(List<String> errors) {
        super("The rules do not compile: " + String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}

package org.vigil.report;

/** A report template or style file that cannot be used, named with the file and the problem. */
public class TemplateException extends RuntimeException {

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.vigil.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.web.FieldError;

/**
 * Checks drafts for missing fields and dangling references, naming each fault by path.
 *
 * <p>One validator serves catalog files and API requests, so a clause that a file may
 * declare is exactly a clause that a client may post.
 */
public final class DraftValidator {

    private static final Pattern STANDARD_ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,63}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.()_:-]{0,199}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final List<FieldError> errors = new ArrayList<>();

    /** Returns the faults of a standard draft; empty when it is valid. */
    public static List<FieldError> check(String path, StandardDraft standard) {
        DraftValidator v = new DraftValidator();
        v.standard(path, standard);
        return v.errors;
    }

    /**
     * Returns the faults of a version draft.
     *
     * @param storedRefs clause references the version already has in the catalog
     * @param knownLabels version labels the standard has, for {@code supersedes}
     */
    public static List<FieldError> check(String path, VersionDraft version,
            Collection<String> storedRefs, Collection<String> knownLabels) {
        DraftValidator v = new DraftValidator();
        v.version(path, version, storedRefs, knownLabels);
        return v.errors;
    }

    /** Returns the faults of an amendment to a version with the given clauses. */
    public static List<FieldError> check(String path, AmendmentDraft amendment,
            Collection<String> storedRefs) {
        DraftValidator v = new DraftValidator();
        v.amendment(path, amendment, new HashSet<>(storedRefs));
        return v.errors;
    }

    private void standard(String path, StandardDraft s) {
        if (s == null) {
            missing(path);
            return;
        }
        matches(path + "id", s.id(), STANDARD_ID, "upper-case letters, digits and dashes");
        text(path + "title", s.title(), 500);
        text(path + "publisher", s.publisher(), 300);
        present(path + "kind", s.kind());
    }

    private void version(String path, VersionDraft v, Collection<String> storedRefs,
            Collection<String> knownLabels) {
        text(path + "label", v.label(), 64);
        if (v.label() != null && v.label().contains("..")) {
            add(path + "label", "must not contain '..'");
        }
        optionalText(path + "title", v.title(), 500);
        present(path + "published", v.published());
        present(path + "inForceFrom", v.inForceFrom());
        if (v.supersedes() != null && !knownLabels.contains(v.supersedes())) {
            add(path + "supersedes", "no version '" + v.supersedes() + "' of this standard");
        }
        Set<String> refs = new HashSet<>(storedRefs);
        for (int i = 0; i < v.clauses().size(); i++) {
            clause(path + "clauses[" + i + "].", v.clauses().get(i), refs, true);
        }
        for (int i = 0; i < v.amendments().size(); i++) {
            String at = path + "amendments[" + i + "].";
            AmendmentDraft a = v.amendments().get(i);
            amendment(at, a, refs);
            if (a.effective() != null && v.inForceFrom() != null
                    && a.effective().isBefore(v.inForceFrom())) {
                add(at + "effective", "is before the version's inForceFrom " + v.inForceFrom());
            }
        }
    }

    private void amendment(String path, AmendmentDraft a, Set<String> refs) {
        matches(path + "code", a.code(), CODE, "letters, digits, dots, dashes and underscores");
        text(path + "title", a.title(), 500);
        present(path + "effective", a.effective());
        optionalText(path + "citation", a.citation(), 1000);
        optionalText(path + "note", a.note(), 4000);
        if (a.clauses().isEmpty()) {
            add(path + "clauses", "an amendment must change at least one clause");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < a.clauses().size(); i++) {
            String at = path + "clauses[" + i + "].";
            ClauseDraft c = a.clauses().get(i);
            if (c.ref() != null && !seen.add(c.ref())) {
                add(at + "ref", "'" + c.ref() + "' appears twice in this amendment");
            }
            clause(at, c, refs, false);
        }
    }

    private void clause(String path, ClauseDraft c, Set<String> refs, boolean mustBeNew) {
        if (c == null) {
            missing(path);
            return;
        }
        if (matches(path + "ref", c.ref(), REFERENCE, "letters, digits and . ( ) _ : -")) {
            boolean isNew = refs.add(c.ref());
            if (mustBeNew && !isNew) {
                add(path + "ref", "'" + c.ref() + "' is already a clause of this version");
            }
        }
        if (c.parent() != null && (c.parent().equals(c.ref()) || !refs.contains(c.parent()))) {
            add(path + "parent", "'" + c.parent() + "' is not a clause listed before this one");
        }
        text(path + "title", c.title(), 1000);
        present(path + "layer", c.layer());
        optionalText(path + "annotation", c.annotation(), 4000);
    }

    private boolean matches(String field, String value, Pattern pattern, String allowed) {
        if (value == null || value.isBlank()) {
            missing(field);
            return false;
        }
        if (!pattern.matcher(value).matches()) {
            add(field, "'" + value + "' may contain only " + allowed);
            return false;
        }
        return true;
    }

    private void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            missing(field);
        } else {
            optionalText(field, value, max);
        }
    }

    private void optionalText(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "is longer than " + max + " characters");
        }
    }

    private void present(String field, Object value) {
        if (value == null) {
            missing(field);
        }
    }

    private void missing(String field) {
        add(field, "is required");
    }

    private void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}

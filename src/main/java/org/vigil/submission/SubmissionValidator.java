package org.vigil.submission;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vigil.catalog.Clause;
import org.vigil.catalog.Intervention;
import org.vigil.catalog.Standard;
import org.vigil.catalog.StandardVersion;
import org.vigil.traces.TraceSet;
import org.vigil.web.FieldError;

/**
 * Checks a submission completely before anything is stored, naming every invalid field by
 * its JSON path, such as {@code evaluations[0].supports[1]}.
 */
@ApplicationScoped
public class SubmissionValidator {

    static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[A-Za-z0-9]{1,8})*");
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    static final Set<String> HARM_LAYERS = Set.of("TEXT", "ACTION", "PHYSICAL");
    static final int MAX_EVALUATIONS = 20_000;

    static final int MAX_RISK_ACCEPTANCE = 2000;

    /** Returns every problem with a document that references no trace set; empty when it may be stored. */
    public List<FieldError> check(SubmissionDocument d, LocalDate today) {
        return check(d, today, null);
    }

    /**
     * Returns every problem with the document; empty when it may be stored. Referenced trace
     * sets must belong to the given organisation.
     */
    public List<FieldError> check(SubmissionDocument d, LocalDate today, String organisation) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(new FieldError("body", "a submission is required"));
            return errors;
        }
        Set<String> componentIds = checkSystem(d.system(), errors);
        Set<String> claimed = checkClaims(d.claims(), errors);
        checkEvaluations(d.evaluations(), componentIds, claimed, today, errors);
        checkTraceSets(d.traceSets(), organisation, errors);
        return errors;
    }

    private static void checkTraceSets(List<SubmissionDocument.TraceSetReference> references, String organisation,
            List<FieldError> errors) {
        if (references == null) {
            return;
        }
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < references.size(); i++) {
            SubmissionDocument.TraceSetReference r = references.get(i);
            String at = "traceSets[" + i + "]";
            if (r == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            TraceSet set = r.id() == null ? null : TraceSet.findById(r.id());
            if (set == null || organisation == null || !organisation.equals(set.organisationId)) {
                errors.add(new FieldError(at + ".id", r.id() == null ? "is required"
                        : "no trace set " + r.id() + " in your organisation"));
            } else if (!ids.add(r.id())) {
                errors.add(new FieldError(at + ".id", "trace set " + r.id() + " is referenced twice"));
            }
            if (r.riskAcceptance() != null && (r.riskAcceptance().isBlank()
                    || r.riskAcceptance().length() > MAX_RISK_ACCEPTANCE)) {
                errors.add(new FieldError(at + ".riskAcceptance", "when given, 1 to " + MAX_RISK_ACCEPTANCE
                        + " characters saying who accepted the risk and when"));
            }
        }
    }

    private Set<String> checkSystem(SubmissionDocument.SystemProfile s, List<FieldError> errors) {
        Set<String> ids = new HashSet<>();
        if (s == null) {
            errors.add(new FieldError("system", "is required"));
            return ids;
        }
        if (s.name() == null || s.name().isBlank() || s.name().length() > 300) {
            errors.add(new FieldError("system.name", "is required, at most 300 characters"));
        }
        if (s.harmLayer() == null || !HARM_LAYERS.contains(s.harmLayer())) {
            errors.add(new FieldError("system.harmLayer", oneOf(s.harmLayer(), "TEXT, ACTION, PHYSICAL")));
        }
        if (s.embodied() == null) {
            errors.add(new FieldError("system.embodied", "is required (true or false)"));
        }
        if (s.languages() == null || s.languages().isEmpty()) {
            errors.add(new FieldError("system.languages", "at least one deployment language, such as \"en\""));
        } else {
            languages("system.languages", s.languages(), errors);
        }
        if (s.safetyTuningLanguages() != null) {
            languages("system.safetyTuningLanguages", s.safetyTuningLanguages(), errors);
        }
        List<SubmissionDocument.Component> components = s.components() == null ? List.of() : s.components();
        for (int i = 0; i < components.size(); i++) {
            SubmissionDocument.Component c = components.get(i);
            String at = "system.components[" + i + "]";
            if (c == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            if (c.id() == null || !ID.matcher(c.id()).matches()) {
                errors.add(new FieldError(at + ".id", "is required: letters, digits, '.', '_', ':' or '-'"));
            } else if (!ids.add(c.id())) {
                errors.add(new FieldError(at + ".id", "'" + c.id() + "' is used by another component"));
            }
            if (!isEnum(ComponentKind.class, c.kind())) {
                errors.add(new FieldError(at + ".kind", oneOf(c.kind(), names(ComponentKind.class))));
            }
        }
        enums("system.interventions", s.interventions(), Intervention.class, errors);
        enums("system.physicalControls", s.physicalControls(), PhysicalControl.class, errors);
        return ids;
    }

    private Set<String> checkClaims(List<SubmissionDocument.Claim> claims, List<FieldError> errors) {
        Set<String> claimed = new HashSet<>();
        if (claims == null || claims.isEmpty()) {
            errors.add(new FieldError("claims", "at least one claim of clauses is required"));
            return claimed;
        }
        for (int i = 0; i < claims.size(); i++) {
            SubmissionDocument.Claim claim = claims.get(i);
            String at = "claims[" + i + "]";
            if (claim == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            Standard standard = claim.standard() == null ? null : Standard.findById(claim.standard());
            if (standard == null) {
                errors.add(new FieldError(at + ".standard", claim.standard() == null ? "is required"
                        : "no standard '" + claim.standard() + "' in the catalog"));
                continue;
            }
            StandardVersion version = claim.version() == null ? null : StandardVersion
                    .find("standard = ?1 and label = ?2", standard, claim.version()).firstResult();
            if (version == null) {
                errors.add(new FieldError(at + ".version", claim.version() == null ? "is required"
                        : standard.id + " has no version '" + claim.version() + "'"));
                continue;
            }
            if (claim.clauses() == null || claim.clauses().isEmpty()) {
                errors.add(new FieldError(at + ".clauses", "at least one clause reference, such as \"Art.43\""));
                continue;
            }
            Set<String> known = Clause.<Clause>list("standardVersion", version).stream()
                    .map(c -> c.reference).collect(Collectors.toSet());
            for (int j = 0; j < claim.clauses().size(); j++) {
                String ref = claim.clauses().get(j);
                String key = standard.id + ":" + ref;
                if (ref == null || !known.contains(ref)) {
                    errors.add(new FieldError(at + ".clauses[" + j + "]",
                            "no clause '" + ref + "' in " + standard.id + " " + version.label));
                } else if (!claimed.add(key)) {
                    errors.add(new FieldError(at + ".clauses[" + j + "]", "'" + key + "' is claimed twice"));
                }
            }
        }
        return claimed;
    }

    private void checkEvaluations(List<SubmissionDocument.Evaluation> evaluations, Set<String> componentIds,
            Set<String> claimed, LocalDate today, List<FieldError> errors) {
        if (evaluations == null) {
            return;
        }
        if (evaluations.size() > MAX_EVALUATIONS) {
            errors.add(new FieldError("evaluations", "at most " + MAX_EVALUATIONS + " per submission"));
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < evaluations.size(); i++) {
            SubmissionDocument.Evaluation e = evaluations.get(i);
            String at = "evaluations[" + i + "]";
            if (e == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            if (e.id() == null || !ID.matcher(e.id()).matches()) {
                errors.add(new FieldError(at + ".id", "is required: letters, digits, '.', '_', ':' or '-'"));
            } else if (!ids.add(e.id())) {
                errors.add(new FieldError(at + ".id", "'" + e.id() + "' is used by another evaluation"));
            }
            if (e.layer() == null || !HARM_LAYERS.contains(e.layer())) {
                errors.add(new FieldError(at + ".layer", oneOf(e.layer(), "TEXT, ACTION, PHYSICAL")));
            }
            if (e.performedOn() == null) {
                errors.add(new FieldError(at + ".performedOn", "is required (YYYY-MM-DD)"));
            } else {
                try {
                    if (LocalDate.parse(e.performedOn()).isAfter(today)) {
                        errors.add(new FieldError(at + ".performedOn", "is after today (" + today + ")"));
                    }
                } catch (DateTimeParseException ex) {
                    errors.add(new FieldError(at + ".performedOn",
                            "'" + e.performedOn() + "' is not a date in the form YYYY-MM-DD"));
                }
            }
            if (e.languages() != null) {
                languages(at + ".languages", e.languages(), errors);
            }
            List<String> tested = e.components() == null ? List.of() : e.components();
            for (int j = 0; j < tested.size(); j++) {
                if (!componentIds.contains(tested.get(j))) {
                    errors.add(new FieldError(at + ".components[" + j + "]",
                            "'" + tested.get(j) + "' is not a component of the system"));
                }
            }
            List<String> supports = e.supports() == null ? List.of() : e.supports();
            for (int j = 0; j < supports.size(); j++) {
                if (!claimed.contains(supports.get(j))) {
                    errors.add(new FieldError(at + ".supports[" + j + "]", "'" + supports.get(j)
                            + "' is not a claimed clause; write STANDARD:reference, e.g. EU-AI-ACT:Art.43"));
                }
            }
            checkAttackFamilies(at, e.attackFamilies(), errors);
        }
    }

    private static void checkAttackFamilies(String at, List<SubmissionDocument.AttackFamily> families,
            List<FieldError> errors) {
        if (families == null) {
            return;
        }
        for (int k = 0; k < families.size(); k++) {
            SubmissionDocument.AttackFamily f = families.get(k);
            String here = at + ".attackFamilies[" + k + "]";
            if (f == null) {
                errors.add(new FieldError(here, "must not be null"));
                continue;
            }
            if (f.name() == null || f.name().isBlank()) {
                errors.add(new FieldError(here + ".name", "is required"));
            }
            if (f.scenarios() == null || f.scenarios() < 1) {
                errors.add(new FieldError(here + ".scenarios", "must be at least 1"));
            }
            if (f.successes() == null || f.successes() < 0
                    || (f.scenarios() != null && f.successes() > f.scenarios())) {
                errors.add(new FieldError(here + ".successes", "must be between 0 and scenarios"));
            }
        }
    }

    private static void languages(String field, List<String> languages, List<FieldError> errors) {
        for (int i = 0; i < languages.size(); i++) {
            String language = languages.get(i);
            if (language == null || !LANGUAGE.matcher(language).matches()) {
                errors.add(new FieldError(field + "[" + i + "]",
                        "'" + language + "' is not a language tag such as en, ja or pt-BR"));
            }
        }
    }

    private static <E extends Enum<E>> void enums(String field, List<String> values, Class<E> type,
            List<FieldError> errors) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (!isEnum(type, values.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", oneOf(values.get(i), names(type))));
            }
        }
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String value) {
        return value != null && Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(value));
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String oneOf(String value, String allowed) {
        return value == null ? "is required; one of " + allowed : "'" + value + "' is not one of " + allowed;
    }
}

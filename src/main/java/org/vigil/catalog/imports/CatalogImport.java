package org.vigil.catalog.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.vigil.audit.AuditAction;
import org.vigil.audit.AuditLog;
import org.vigil.catalog.CatalogWriter;
import org.vigil.catalog.Clause;
import org.vigil.catalog.ClauseDraft;
import org.vigil.catalog.ClauseVersion;
import org.vigil.catalog.DraftValidator;
import org.vigil.catalog.Layer;
import org.vigil.catalog.Standard;
import org.vigil.catalog.StandardDraft;
import org.vigil.catalog.StandardKind;
import org.vigil.catalog.StandardVersion;
import org.vigil.catalog.VersionDraft;
import org.vigil.catalog.VersionOrigin;
import org.vigil.catalog.seed.CatalogSeed;
import org.vigil.web.FieldError;
import org.vigil.web.ProblemException;

/**
 * Imports a CISO Assistant framework library as a new standard version.
 *
 * <p>Requirement nodes become clauses with their hierarchy. Where a node's reference
 * matches a clause Vigil already annotates for the same standard, the import copies that
 * clause's layer and assumptions; every other node stays {@code UNSPECIFIED}. The import
 * runs in one transaction, so a failure leaves the catalog exactly as it was.
 */
@ApplicationScoped
public class CatalogImport {

    private static final Logger LOG = Logger.getLogger(CatalogImport.class);

    @Inject
    CatalogWriter writer;

    @Inject
    CatalogSeed seed;

    @Inject
    AuditLog audit;

    /** The caller's choices; any may be null to take the library's own. */
    public record Options(String standard, String version, LocalDate inForceFrom) {
    }

    @Transactional
    public ImportResult importLibrary(String text, Options options) {
        long started = System.nanoTime();
        CisoAssistantLibrary library = CisoAssistantLibrary.parse(text);

        Standard standard = standardFor(library, options);
        String label = options.version() != null ? options.version()
                : "ciso-assistant-v" + (library.version() == null ? "1" : library.version());
        if (StandardVersion.count("standard = ?1 and label = ?2", standard, label) > 0) {
            throw ProblemException.conflict("version", "Standard '" + standard.id
                    + "' already has version '" + label + "'; pass another version label");
        }
        LocalDate published = library.publicationDate();
        LocalDate inForce = options.inForceFrom() != null ? options.inForceFrom() : published;
        if (published == null) {
            published = inForce;
        }

        Map<String, ClauseVersion> annotations = annotationsOf(standard);
        NodeReferences refs = new NodeReferences();
        List<ClauseDraft> clauses = new ArrayList<>();
        Map<String, String> urnByRef = new HashMap<>();
        int annotated = 0;
        for (CisoAssistantLibrary.Node node : library.nodes()) {
            String ref = refs.assign(node);
            urnByRef.put(ref, node.urn());
            ClauseVersion known = annotations.get(ref);
            if (known != null) {
                annotated++;
            }
            clauses.add(draft(node, ref, refs, known));
        }
        VersionDraft draft = new VersionDraft(label, library.name(), published, inForce, null, null,
                null, clauses, List.of());
        List<FieldError> errors = DraftValidator.check("", draft, List.of(), List.of());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }

        writer.saveVersion(standard, draft, VersionOrigin.IMPORT, "ciso-assistant:" + library.urn());
        StandardVersion version = StandardVersion
                .find("standard = ?1 and label = ?2", standard, label).firstResult();
        for (Clause clause : Clause.<Clause>list("standardVersion", version)) {
            clause.sourceKey = urnByRef.get(clause.reference);
        }

        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("Imported %s as %s %s in %d ms: %d nodes, %d annotated by Vigil",
                library.urn(), standard.id, label, millis, clauses.size(), annotated);
        ImportResult result = new ImportResult(standard.id, label, library.urn(), library.frameworkUrn(),
                library.nodes().size(), clauses.size(), annotated, clauses.size() - annotated, millis);
        audit.change(AuditAction.IMPORT, "StandardVersion", standard.id + "/" + label, null, result);
        return result;
    }

    private Standard standardFor(CisoAssistantLibrary library, Options options) {
        String id = options.standard() != null ? options.standard()
                : seed.standardForFramework(library.frameworkUrn());
        if (id == null) {
            throw ProblemException.invalid("standard", "the catalog maps no standard to framework '"
                    + library.frameworkUrn() + "'; pass the standard id");
        }
        Standard standard = Standard.findById(id);
        if (standard != null) {
            return standard;
        }
        StandardDraft draft = new StandardDraft(id,
                library.name() == null ? id : library.name(),
                library.provider() == null ? "unknown" : library.provider(),
                StandardKind.FRAMEWORK);
        List<FieldError> errors = DraftValidator.check("", draft);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("standard", errors.get(0).message());
        }
        Standard created = writer.saveStandard(draft);
        audit.change(AuditAction.CREATE, "Standard", created.id, null, draft, "created by an import");
        return created;
    }

    /**
     * Returns, per reference, the newest current annotation Vigil's curators made for the
     * standard; earlier imports are skipped, as their nodes carry no annotation of ours.
     */
    private static Map<String, ClauseVersion> annotationsOf(Standard standard) {
        List<ClauseVersion> versions = ClauseVersion.list(
                "clause.standardVersion.standard = ?1 and clause.standardVersion.origin <> ?2"
                        + " and supersededAt is null order by validFrom",
                standard, VersionOrigin.IMPORT);
        Map<String, ClauseVersion> byRef = new HashMap<>();
        for (ClauseVersion cv : versions) {
            byRef.put(cv.clause.reference, cv);
        }
        return byRef;
    }

    private static ClauseDraft draft(CisoAssistantLibrary.Node node, String ref,
            NodeReferences refs, ClauseVersion known) {
        String parent = node.parentUrn() == null ? null : refs.of(node.parentUrn());
        String title = firstOf(node.name(), node.refId(), abbreviate(node.description()), ref);
        if (known == null) {
            return new ClauseDraft(ref, parent, abbreviate(title), node.description(), null,
                    Layer.UNSPECIFIED, List.of(), null);
        }
        return new ClauseDraft(ref, parent, abbreviate(title), node.description(),
                known.requiresEvaluation, known.requiredLayer, List.copyOf(known.assumptions),
                "Annotation carried over from " + known.clause.standardVersion.label + " " + ref
                        + (known.annotation == null ? "" : ": " + known.annotation));
    }

    private static String firstOf(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return null;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return null;
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }
}

package org.vigil.catalog.seed;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.vigil.audit.AuditAction;
import org.vigil.audit.AuditLog;
import org.vigil.catalog.CatalogWriter;
import org.vigil.catalog.Clause;
import org.vigil.catalog.ClauseChanges;
import org.vigil.catalog.ContentHash;
import org.vigil.catalog.Contraindication;
import org.vigil.catalog.ContraindicationView;
import org.vigil.catalog.Finding;
import org.vigil.catalog.FindingView;
import org.vigil.catalog.KeyFigure;
import org.vigil.catalog.Standard;
import org.vigil.catalog.StandardVersion;
import org.vigil.catalog.VersionDraft;
import org.vigil.catalog.VersionOrigin;

/**
 * Loads {@code standards-catalog/} into the database at startup, idempotently.
 *
 * <p>Every file is read and checked before anything is written, and the writes share
 * one transaction, so a bad file stops startup and leaves the database as it was.
 */
@ApplicationScoped
public class CatalogSeed {

    private static final Logger LOG = Logger.getLogger(CatalogSeed.class);

    @Inject
    CatalogConfig config;

    @Inject
    CatalogWriter writer;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    private volatile Map<String, String> aliases = Map.of();

    void onStart(@Observes StartupEvent event) {
        if (config.loadAtStartup()) {
            load(config.dir());
        }
    }

    /** Returns the standard id an imported framework URN feeds, if the catalog names one. */
    public String standardForFramework(String frameworkUrn) {
        return aliases.get(frameworkUrn);
    }

    /** Reads, checks and stores a whole catalog folder. */
    @Transactional
    public SeedReport load(Path dir) {
        long started = System.nanoTime();
        if (!Files.isDirectory(dir)) {
            throw new CatalogFileException(dir.toString(), 1, "",
                    "is not a folder; set vigil.catalog.dir to the catalog folder");
        }
        List<StandardFile> standards = new ArrayList<>();
        List<Path> standardPaths = yamlFiles(dir.resolve("standards"));
        for (Path file : standardPaths) {
            standards.add(CatalogFiles.read(file, StandardFile.class, StandardFile::check));
        }
        FindingsFile findings = CatalogFiles.read(dir.resolve("findings.yaml"),
                FindingsFile.class, FindingsFile::check);
        Set<String> findingIds = findings.findings().stream()
                .map(FindingsFile.Entry::id).collect(Collectors.toSet());
        ContraindicationsFile contraindications = CatalogFiles.read(
                dir.resolve("contraindications.yaml"), ContraindicationsFile.class,
                file -> file.check(findingIds));
        Path aliasPath = dir.resolve("import-aliases.yaml");
        ImportAliasesFile aliasFile = Files.exists(aliasPath)
                ? CatalogFiles.read(aliasPath, ImportAliasesFile.class, ImportAliasesFile::check)
                : new ImportAliasesFile(List.of());

        SeedReport report = new SeedReport();
        for (int i = 0; i < standards.size(); i++) {
            store(standards.get(i), standardPaths.get(i), report);
        }
        storeFindings(findings, report);
        storeContraindications(contraindications, report);
        aliases = aliasFile.aliases().stream().collect(Collectors.toMap(
                ImportAliasesFile.Alias::framework, ImportAliasesFile.Alias::standard, (a, b) -> b));

        report.millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("Catalog loaded from %s in %d ms: %d standards, %d versions, %d clause entries"
                        + " (%d new, %d corrected, %d unchanged), %d findings, %d contraindications",
                dir, report.millis, report.standards, report.versions,
                report.clauses.added() + report.clauses.corrected() + report.clauses.unchanged(),
                report.clauses.added(), report.clauses.corrected(), report.clauses.unchanged(),
                report.findings, report.contraindications);
        return report;
    }

    private void store(StandardFile file, Path path, SeedReport report) {
        Standard standard = writer.saveStandard(file.standard());
        report.standards++;
        for (VersionDraft version : file.versions()) {
            ClauseChanges changes = writer.saveVersion(standard, version, VersionOrigin.SEED,
                    path.toString());
            report.clauses.add(changes);
            report.versions++;
            if (changes.added() + changes.corrected() > 0) {
                audit.change(AuditAction.SEED, "StandardVersion", standard.id + "/" + version.label(), null,
                        Map.of("file", path.toString(), "clauseVersionsAdded", changes.added(),
                                "clauseVersionsCorrected", changes.corrected()));
            }
            warnAboutRemovedClauses(standard, version, path);
        }
    }

    private void warnAboutRemovedClauses(Standard standard, VersionDraft draft, Path path) {
        StandardVersion version = StandardVersion
                .find("standard = ?1 and label = ?2", standard, draft.label()).firstResult();
        Set<String> inFile = new HashSet<>();
        draft.clauses().forEach(c -> inFile.add(c.ref()));
        draft.amendments().forEach(a -> a.clauses().forEach(c -> inFile.add(c.ref())));
        List<Clause> stored = Clause.list("standardVersion", version);
        List<String> missing = stored.stream().map(c -> c.reference)
                .filter(ref -> !inFile.contains(ref)).sorted().toList();
        if (!missing.isEmpty()) {
            LOG.warnf("%s no longer lists %d clauses of %s %s that the catalog keeps: %s",
                    path, missing.size(), standard.id, draft.label(), missing);
        }
    }

    private void storeFindings(FindingsFile file, SeedReport report) {
        for (FindingsFile.Entry e : file.findings()) {
            String hash = ContentHash.of(e.id(), e.title(), e.citation(),
                    e.arxiv(), e.url(), e.published(), e.datePrecision(), e.summary(),
                    e.keyFigures(), e.challenges(), e.contexts());
            Finding f = Finding.findById(e.id());
            report.findings++;
            if (f != null && hash.equals(f.contentHash)) {
                continue;
            }
            FindingView before = f == null ? null : FindingView.of(f);
            if (f == null) {
                f = new Finding();
                f.id = e.id();
            }
            f.title = e.title();
            f.citation = e.citation();
            f.arxivId = e.arxiv();
            f.url = e.url();
            f.published = e.published();
            f.datePrecision = e.datePrecision();
            f.summary = e.summary().strip();
            f.keyFigures.clear();
            for (FindingsFile.Figure k : e.keyFigures()) {
                f.keyFigures.add(new KeyFigure(k.label(), k.value()));
            }
            f.challenges.clear();
            f.challenges.addAll(e.challenges());
            f.contexts.clear();
            f.contexts.addAll(e.contexts());
            f.contentHash = hash;
            f.recordedAt = clock.instant();
            f.persist();
            audit.change(before == null ? AuditAction.CREATE : AuditAction.UPDATE, "Finding", f.id,
                    before, FindingView.of(f), "from findings.yaml");
        }
    }

    private void storeContraindications(ContraindicationsFile file, SeedReport report) {
        for (ContraindicationsFile.Entry e : file.contraindications()) {
            String hash = ContentHash.of(e.id(),
                    e.intervention(), e.context(), e.description(), e.findings());
            Contraindication c = Contraindication.findById(e.id());
            report.contraindications++;
            if (c != null && hash.equals(c.contentHash)) {
                continue;
            }
            ContraindicationView before = c == null ? null : ContraindicationView.of(c);
            if (c == null) {
                c = new Contraindication();
                c.id = e.id();
            }
            c.intervention = e.intervention();
            c.context = e.context();
            c.description = e.description().strip();
            c.findings.clear();
            for (String id : e.findings()) {
                c.findings.add(Finding.findById(id));
            }
            c.contentHash = hash;
            c.recordedAt = clock.instant();
            c.persist();
            audit.change(before == null ? AuditAction.CREATE : AuditAction.UPDATE, "Contraindication", c.id,
                    before, ContraindicationView.of(c), "from contraindications.yaml");
        }
    }

    private static List<Path> yamlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CatalogFileException(dir.toString(), 1, "", "cannot be listed: " + e.getMessage());
        }
    }

    /** What one load found and stored. */
    public static final class SeedReport {
        public int standards;
        public int versions;
        public final ClauseChanges clauses = new ClauseChanges();
        public int findings;
        public int contraindications;
        public long millis;
    }
}

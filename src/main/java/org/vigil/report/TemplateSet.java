package org.vigil.report;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.vigil.Sha256;
import org.vigil.catalog.seed.CatalogFileException;
import org.vigil.catalog.seed.CatalogFiles;
import org.vigil.report.pdf.FontSet;
import org.vigil.report.pdf.PdfStyle;
import org.vigil.web.FieldError;

/**
 * The report templates, style, fonts and logo of one templates folder, checked as a whole.
 *
 * <p>Loading fails with a {@link TemplateException} naming the file, line and problem, so a
 * curator's mistake stops start-up instead of surfacing in a regulator's report.
 */
public final class TemplateSet {

    static final List<String> COLOURS = List.of("text", "muted", "accent", "rule", "headerFill", "zebraFill",
            "CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO", "COVERED", "PARTIAL", "NOT_COVERED", "NO_EVIDENCE",
            "CURRENT", "EXPIRING", "LAPSED");
    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final String STYLE = "style.yaml";

    private final ReportStyle style;
    private final Map<String, Color> colours;
    private final FontSet fonts;
    private final byte[] logo;
    private final Map<ReportKind, ReportTemplate> templates;
    private final String hash;

    private TemplateSet(ReportStyle style, Map<String, Color> colours, FontSet fonts, byte[] logo,
            Map<ReportKind, ReportTemplate> templates, String hash) {
        this.style = style;
        this.colours = colours;
        this.fonts = fonts;
        this.logo = logo;
        this.templates = templates;
        this.hash = hash;
    }

    /** Reads and checks every file of a templates folder. */
    public static TemplateSet load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new TemplateException("Report templates folder " + dir + " does not exist");
        }
        ReportStyle style = read(dir.resolve(STYLE), ReportStyle.class, s -> checkStyle(dir, s));
        Map<String, Color> colours = new LinkedHashMap<>();
        style.colours().forEach((name, hex) -> colours.put(name, Color.decode(hex)));
        FontSet fonts = fonts(dir, style.fonts());
        byte[] logo = logo(dir, style.issuer().logo());
        Map<ReportKind, ReportTemplate> templates = new EnumMap<>(ReportKind.class);
        for (ReportKind kind : ReportKind.values()) {
            templates.put(kind, read(dir.resolve(kind.file()), ReportTemplate.class, t -> check(kind, t)));
        }
        return new TemplateSet(style, colours, fonts, logo, templates, hash(dir));
    }

    public ReportTemplate template(ReportKind kind) {
        return templates.get(kind);
    }

    public ReportStyle style() {
        return style;
    }

    public FontSet fonts() {
        return fonts;
    }

    /** The logo PNG, or null when the style names none. */
    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }

    /** Returns a named colour; the loader has checked every name reports use. */
    public Color colour(String name) {
        return colours.get(name);
    }

    /** SHA-256 of every file in the folder, so a report can say which templates made it. */
    public String hash() {
        return hash;
    }

    public int size() {
        return templates.size();
    }

    /** Returns the page style with the footer's placeholders filled from the values. */
    public PdfStyle pdfStyle(Map<String, String> values) {
        PDRectangle paper = "LETTER".equals(style.paper()) ? PDRectangle.LETTER : PDRectangle.A4;
        return new PdfStyle(paper, style.margin(), style.bodySize(), colour("text"), colour("muted"),
                colour("accent"), colour("rule"), colour("headerFill"), colour("zebraFill"),
                Placeholders.fill(style.footer(), values), style.pageNumbers());
    }

    private static <T> T read(Path file, Class<T> type, Function<T, List<FieldError>> check) {
        try {
            return CatalogFiles.read(file, type, check);
        } catch (CatalogFileException e) {
            throw new TemplateException("Report template " + e.getMessage());
        }
    }

    private static List<FieldError> checkStyle(Path dir, ReportStyle s) {
        List<FieldError> errors = new ArrayList<>();
        if (!"A4".equals(s.paper()) && !"LETTER".equals(s.paper())) {
            errors.add(new FieldError("paper", "must be A4 or LETTER, not " + s.paper()));
        }
        range(errors, "margin", s.margin(), 18, 144);
        range(errors, "bodySize", s.bodySize(), 6, 14);
        if (s.issuer() == null || blank(s.issuer().name())) {
            errors.add(new FieldError("issuer.name", "is required"));
        } else if (s.issuer().logo() != null && !Files.isRegularFile(dir.resolve(s.issuer().logo()))) {
            errors.add(new FieldError("issuer.logo", "file " + dir.resolve(s.issuer().logo()) + " does not exist"));
        }
        if (s.fonts() == null || blank(s.fonts().regular()) || blank(s.fonts().bold())) {
            errors.add(new FieldError("fonts", "needs a regular and a bold TrueType file"));
        } else {
            List<String> files = new ArrayList<>(List.of(s.fonts().regular(), s.fonts().bold()));
            files.addAll(s.fonts().fallbacks() == null ? List.of() : s.fonts().fallbacks());
            for (String font : files) {
                if (!Files.isRegularFile(dir.resolve(font))) {
                    errors.add(new FieldError("fonts", "file " + dir.resolve(font) + " does not exist"));
                }
            }
        }
        if (blank(s.pageNumbers()) || !s.pageNumbers().contains("{page}")) {
            errors.add(new FieldError("pageNumbers", "must contain {page}, e.g. \"Page {page} of {pages}\""));
        }
        unknownPlaceholders(errors, "footer", s.footer(), Set.of("reportId"));
        unknownPlaceholders(errors, "pageNumbers", s.pageNumbers(), Set.of("page", "pages"));
        Map<String, String> colours = s.colours() == null ? Map.of() : s.colours();
        for (String name : COLOURS) {
            if (!colours.containsKey(name)) {
                errors.add(new FieldError("colours." + name, "is required"));
            }
        }
        colours.forEach((name, hex) -> {
            if (!COLOURS.contains(name)) {
                errors.add(new FieldError("colours." + name, "is not a colour reports use; known: " + COLOURS));
            } else if (hex == null || !HEX.matcher(hex).matches()) {
                errors.add(new FieldError("colours." + name, "must be #RRGGBB, not " + hex));
            }
        });
        return errors;
    }

    private static List<FieldError> check(ReportKind kind, ReportTemplate t) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(t.title())) {
            errors.add(new FieldError("title", "is required"));
        }
        if (blank(t.subject())) {
            errors.add(new FieldError("subject", "is required"));
        }
        unknownPlaceholders(errors, "title", t.title(), kind.placeholders());
        unknownPlaceholders(errors, "subject", t.subject(), kind.placeholders());
        List<String> keywords = t.keywords() == null ? List.of() : t.keywords();
        for (int i = 0; i < keywords.size(); i++) {
            unknownPlaceholders(errors, "keywords[" + i + "]", keywords.get(i), kind.placeholders());
        }
        if (t.sections() == null || t.sections().isEmpty()) {
            errors.add(new FieldError("sections", "must list at least one of " + kind.sections().keySet()));
            return errors;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < t.sections().size(); i++) {
            checkSection(kind, t.sections().get(i), "sections[" + i + "]", seen, errors);
        }
        return errors;
    }

    private static void checkSection(ReportKind kind, ReportTemplate.Section s, String path, Set<String> seen,
            List<FieldError> errors) {
        List<String> required = kind.sections().get(s.kind());
        if (required == null) {
            errors.add(new FieldError(path + ".kind", "'" + s.kind() + "' is not a section of this report;"
                    + " known: " + kind.sections().keySet()));
            return;
        }
        if (!seen.add(s.kind())) {
            errors.add(new FieldError(path + ".kind", "'" + s.kind() + "' appears twice"));
        }
        unknownPlaceholders(errors, path + ".heading", s.heading(), kind.placeholders());
        List<String> paragraphs = s.paragraphs() == null ? List.of() : s.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            unknownPlaceholders(errors, path + ".paragraphs[" + i + "]", paragraphs.get(i), kind.placeholders());
        }
        Map<String, String> labels = s.labels() == null ? Map.of() : s.labels();
        for (String label : required) {
            if (blank(labels.get(label))) {
                errors.add(new FieldError(path + ".labels." + label, "is required"));
            }
        }
        labels.forEach((label, text) -> {
            if (!required.contains(label)) {
                errors.add(new FieldError(path + ".labels." + label, "is not a label of section '" + s.kind()
                        + "'; known: " + required));
            } else {
                unknownPlaceholders(errors, path + ".labels." + label, text, kind.placeholders());
            }
        });
    }

    private static void unknownPlaceholders(List<FieldError> errors, String field, String text, Set<String> known) {
        for (String name : Placeholders.names(text)) {
            if (!known.contains(name)) {
                errors.add(new FieldError(field, "unknown placeholder {" + name + "}; known: "
                        + known.stream().sorted().toList()));
            }
        }
    }

    private static void range(List<FieldError> errors, String field, Float value, float min, float max) {
        if (value == null || value < min || value > max) {
            errors.add(new FieldError(field, "must be between " + (int) min + " and " + (int) max));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static FontSet fonts(Path dir, ReportStyle.Fonts fonts) {
        List<Path> fallbacks = (fonts.fallbacks() == null ? List.<String>of() : fonts.fallbacks()).stream()
                .map(dir::resolve).toList();
        try {
            return FontSet.load(dir.resolve(fonts.regular()), dir.resolve(fonts.bold()), fallbacks);
        } catch (IOException | RuntimeException e) {
            throw new TemplateException("Report template " + dir.resolve(STYLE) + ", field fonts: " + e.getMessage(),
                    e);
        }
    }

    private static byte[] logo(Path dir, String logo) {
        if (logo == null) {
            return null;
        }
        Path file = dir.resolve(logo);
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (!file.getFileName().toString().toLowerCase().endsWith(".png")
                    || ImageIO.read(new ByteArrayInputStream(bytes)) == null) {
                throw new IOException("is not a PNG image");
            }
            return bytes;
        } catch (IOException e) {
            throw new TemplateException("Report template " + dir.resolve(STYLE) + ", field issuer.logo: " + file
                    + " " + e.getMessage());
        }
    }

    private static String hash(Path dir) {
        MessageDigest sha = Sha256.digest();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(dir.relativize(file).toString().replace('\\', '/').getBytes());
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new TemplateException("Report templates folder " + dir + " cannot be read: " + e.getMessage(), e);
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }
}

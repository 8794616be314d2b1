package org.vigil.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.vigil.Sha256;

/**
 * The DRL files of a rules folder compiled into one Drools knowledge base.
 *
 * <p>Compiling takes seconds, so it happens once, at startup or on an explicit reload; every
 * analysis then opens a cheap session on the compiled base. The hash covers the file names
 * and their bytes, so an analysis can say exactly which rules produced it.
 */
public final class RuleBase {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

    private final KieBase kieBase;
    private final String hash;
    private final List<String> files;
    private final List<RuleInfo> rules;

    private RuleBase(KieBase kieBase, String hash, List<String> files, List<RuleInfo> rules) {
        this.kieBase = kieBase;
        this.hash = hash;
        this.files = files;
        this.rules = rules;
    }

    /** Compiles every {@code *.drl} file in the folder; throws naming file and line on errors. */
    public static RuleBase compile(Path dir) {
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> listing = Files.list(dir)) {
            for (Path file : listing.filter(p -> p.getFileName().toString().endsWith(".drl"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                sources.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rules folder " + dir.toAbsolutePath(), e);
        }
        if (sources.isEmpty()) {
            throw new RuleBaseException(List.of(dir + ": no .drl files"));
        }
        return compile(dir.toString(), sources);
    }

    /** Compiles DRL sources given by file name, in name order. */
    public static RuleBase compile(String dirName, Map<String, String> sources) {
        String hash = hash(sources);
        List<RuleInfo> declared = declaredRules(dirName, sources);

        KieServices services = KieServices.Factory.get();
        ClassLoader loader = RuleBase.class.getClassLoader();
        ReleaseId release = services.newReleaseId("org.vigil", "rules", "1.0.0-" + hash.substring(7, 19));
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(release);
        sources.forEach((name, text) -> files.write("src/main/resources/vigil/" + name, text));
        KieBuilder builder = services.newKieBuilder(files, loader).buildAll();
        List<String> errors = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = message.getPath() == null ? "" : message.getPath();
            String file = path.isEmpty() ? dirName : dirName + "/" + Path.of(path).getFileName();
            errors.add(file + ", line " + Math.max(message.getLine(), 0) + ": " + message.getText().strip());
        }
        if (!errors.isEmpty()) {
            throw new RuleBaseException(errors);
        }
        KieBase base = services.newKieContainer(release, loader).getKieBase();

        Map<String, String> packages = new LinkedHashMap<>();
        for (KiePackage kiePackage : base.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                packages.put(rule.getName(), kiePackage.getName());
            }
        }
        List<RuleInfo> rules = declared.stream()
                .map(r -> new RuleInfo(r.name(), r.file(), r.line(), packages.get(r.name())))
                .toList();
        return new RuleBase(base, hash, List.copyOf(sources.keySet()), rules);
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** {@code sha256:} and the hex digest of every file's name and bytes, in name order. */
    public String hash() {
        return hash;
    }

    public List<String> files() {
        return files;
    }

    /** Every rule in file order, then declaration order. */
    public List<RuleInfo> rules() {
        return rules;
    }

    private static List<RuleInfo> declaredRules(String dirName, Map<String, String> sources) {
        List<RuleInfo> rules = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        sources.forEach((file, text) -> {
            Matcher m = RULE.matcher(text);
            while (m.find()) {
                int line = (int) text.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
                String name = m.group(1);
                String where = dirName + "/" + file;
                if (seen.containsKey(name)) {
                    errors.add(where + ", line " + line + ": rule \"" + name + "\" is also declared in "
                            + seen.get(name));
                }
                seen.put(name, where);
                Matcher p = PACKAGE.matcher(text);
                rules.add(new RuleInfo(name, file, line, p.find() ? p.group(1) : ""));
            }
        });
        if (!errors.isEmpty()) {
            throw new RuleBaseException(errors);
        }
        return rules;
    }

    private static String hash(Map<String, String> sources) {
        MessageDigest sha = Sha256.digest();
        sources.forEach((name, text) -> {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        });
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }
}

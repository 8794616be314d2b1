package org.vigil.catalog.seed;

import java.io.Reader;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds the line of a field path ("versions[0].clauses[3].layer") in a YAML text.
 *
 * <p>Binding reports faults by path; this turns the path back into the line a curator
 * must edit. A missing field resolves to the line of the entry that lacks it.
 */
final class YamlLines {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private final Node root;

    YamlLines(String text) {
        Node composed;
        try (Reader reader = new StringReader(text)) {
            composed = new Yaml(new LoaderOptions()).compose(reader);
        } catch (Exception e) {
            composed = null;
        }
        root = composed;
    }

    /** Returns the 1-based line of the deepest node the path reaches, 1 if none. */
    int lineOf(String path) {
        Node node = root;
        if (node == null) {
            return 1;
        }
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            Node child = m.group(1) != null ? field(node, m.group(1)) : item(node, Integer.parseInt(m.group(2)));
            if (child == null) {
                break;
            }
            node = child;
        }
        return node.getStartMark().getLine() + 1;
    }

    private static Node field(Node node, String name) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
                    return tuple.getValueNode();
                }
            }
        }
        return null;
    }

    private static Node item(Node node, int index) {
        if (node instanceof SequenceNode sequence && index < sequence.getValue().size()) {
            return sequence.getValue().get(index);
        }
        return null;
    }
}

package org.vigil.catalog.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigil.web.FieldError;
import org.vigil.web.ProblemException;

/**
 * A CISO Assistant framework library: metadata and a tree of requirement nodes.
 *
 * <p>Only the fields Vigil uses are read; the rest of the library format is ignored.
 */
public record CisoAssistantLibrary(
        String urn,
        String name,
        String provider,
        String version,
        LocalDate publicationDate,
        String frameworkUrn,
        String frameworkName,
        List<Node> nodes) {

    private static final ObjectMapper YAML = new YAMLMapper();

    /** One requirement node, in library order. */
    public record Node(String urn, String parentUrn, String refId, String name,
            String description, int depth) {
    }

    /** Returns the parsed library, or a 400 problem naming the first fault. */
    public static CisoAssistantLibrary parse(String text) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw ProblemException.invalid("body", "not YAML (line " + line + "): "
                    + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ProblemException.invalid("body", "a framework library is a YAML mapping");
        }
        List<FieldError> errors = new ArrayList<>();
        JsonNode framework = root.path("objects").path("framework");
        if (!framework.isObject()) {
            errors.add(new FieldError("objects.framework", "is required"));
            throw ProblemException.invalid(errors);
        }
        JsonNode list = framework.path("requirement_nodes");
        if (!list.isArray() || list.isEmpty()) {
            errors.add(new FieldError("objects.framework.requirement_nodes",
                    "must list at least one node"));
            throw ProblemException.invalid(errors);
        }
        List<Node> nodes = nodes(list, errors);
        String urn = text(root, "urn");
        if (urn == null) {
            errors.add(new FieldError("urn", "is required"));
        }
        LocalDate published = date(root, "publication_date", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new CisoAssistantLibrary(urn, text(root, "name"), text(root, "provider"),
                text(root, "version"), published, text(framework, "urn"),
                text(framework, "name"), nodes);
    }

    private static List<Node> nodes(JsonNode list, List<FieldError> errors) {
        List<Node> nodes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String at = "objects.framework.requirement_nodes[" + i + "]";
            String urn = text(n, "urn");
            String parent = text(n, "parent_urn");
            if (urn == null) {
                errors.add(new FieldError(at + ".urn", "is required"));
                continue;
            }
            if (!seen.add(urn)) {
                errors.add(new FieldError(at + ".urn", "'" + urn + "' appears twice"));
            }
            if (parent != null && !seen.contains(parent)) {
                errors.add(new FieldError(at + ".parent_urn",
                        "'" + parent + "' is not a node listed before this one"));
            }
            nodes.add(new Node(urn, parent, text(n, "ref_id"), text(n, "name"),
                    text(n, "description"), n.path("depth").asInt(0)));
        }
        return nodes;
    }

    private static LocalDate date(JsonNode node, String field, List<FieldError> errors) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "'" + value + "' is not a date in the form YYYY-MM-DD"));
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}

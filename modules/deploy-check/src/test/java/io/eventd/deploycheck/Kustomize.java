package io.eventd.deploycheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization directory as {@code kubectl kustomize} does, for exactly the features k8s/ uses:
 * {@code resources} (files and other kustomization directories), {@code namespace}, {@code labels} (without
 * selectors), {@code patches} given by {@code path} (strategic merge, target found by the patch's kind and name)
 * and {@code images} ({@code newTag}). Any other field fails, so a manifest change that needs more also needs
 * this class to grow, rather than being checked against something that was never rendered.
 */
final class Kustomize {
    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "namespace", "labels", "resources",
            "patches", "images");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition");

    private Kustomize() {
    }

    static List<Map<String, Object>> render(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        Map<String, Object> k = Yaml.document(file);
        for (String field : k.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException(file + ": '" + field + "' is outside the kustomize subset "
                        + "deploy-check renders " + FIELDS);
            }
        }
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object resource : listOf(k, "resources", file)) {
            Path path = dir.resolve((String) resource).normalize();
            docs.addAll(Files.isDirectory(path) ? render(path) : Yaml.documents(path));
        }
        for (Object patch : listOf(k, "patches", file)) {
            applyPatch(docs, dir, Yaml.map(patch, file + " patches"), file);
        }
        if (k.get("namespace") instanceof String namespace) {
            docs.forEach(d -> setNamespace(d, namespace));
        }
        for (Object labels : listOf(k, "labels", file)) {
            applyLabels(docs, Yaml.map(labels, file + " labels"), file);
        }
        for (Object image : listOf(k, "images", file)) {
            applyImage(docs, Yaml.map(image, file + " images"), file);
        }
        return docs;
    }

    private static List<Object> listOf(Map<String, Object> k, String field, Path file) {
        return k.containsKey(field) ? Yaml.list(k.get(field), file + " " + field) : List.of();
    }

    private static void requireOnly(Map<String, Object> entry, Set<String> allowed, Path file) {
        if (!allowed.containsAll(entry.keySet())) {
            throw new IllegalArgumentException(file + ": unsupported entry " + entry + ", allowed keys " + allowed);
        }
    }

    private static void applyPatch(List<Map<String, Object>> docs, Path dir, Map<String, Object> entry, Path file) {
        requireOnly(entry, Set.of("path"), file);
        Path patchFile = dir.resolve((String) entry.get("path"));
        Map<String, Object> patch = Yaml.document(patchFile);
        String kind = (String) patch.get("kind");
        String name = (String) metadata(patch).get("name");
        for (int i = 0; i < docs.size(); i++) {
            Map<String, Object> doc = docs.get(i);
            if (kind.equals(doc.get("kind")) && name.equals(metadata(doc).get("name"))) {
                docs.set(i, StrategicMerge.merge(doc, patch, kind + "/" + name));
                return;
            }
        }
        throw new IllegalArgumentException(patchFile + ": no " + kind + "/" + name + " to patch");
    }

    private static void setNamespace(Map<String, Object> doc, String namespace) {
        String kind = (String) doc.get("kind");
        if (CLUSTER_SCOPED.contains(kind)) {
            return;
        }
        metadata(doc).put("namespace", namespace);
        if (kind.equals("RoleBinding") && doc.get("subjects") != null) {
            for (Object subject : Yaml.list(doc.get("subjects"), "subjects")) {
                Map<String, Object> s = Yaml.map(subject, "subject");
                if ("ServiceAccount".equals(s.get("kind"))) {
                    s.put("namespace", namespace);
                }
            }
        }
    }

    private static void applyLabels(List<Map<String, Object>> docs, Map<String, Object> entry, Path file) {
        requireOnly(entry, Set.of("pairs", "includeSelectors", "includeTemplates"), file);
        if (Boolean.TRUE.equals(entry.get("includeSelectors"))) {
            throw new IllegalArgumentException(file + ": labels with includeSelectors are not supported "
                    + "(selectors must stay as written: a changed selector cannot be applied to a StatefulSet)");
        }
        Map<String, Object> pairs = Yaml.map(entry.get("pairs"), file + " labels.pairs");
        for (Map<String, Object> doc : docs) {
            labelsOf(metadata(doc)).putAll(pairs);
            if (Boolean.TRUE.equals(entry.get("includeTemplates")) && podTemplate(doc) != null) {
                labelsOf(metadata(podTemplate(doc))).putAll(pairs);
            }
        }
    }

    private static void applyImage(List<Map<String, Object>> docs, Map<String, Object> entry, Path file) {
        requireOnly(entry, Set.of("name", "newTag"), file);
        String name = (String) entry.get("name");
        for (Map<String, Object> doc : docs) {
            Map<String, Object> template = podTemplate(doc);
            if (template == null) {
                continue;
            }
            Map<String, Object> podSpec = Yaml.map(template.get("spec"), "template.spec");
            for (String field : List.of("initContainers", "containers")) {
                for (Object c : podSpec.containsKey(field) ? Yaml.list(podSpec.get(field), field) : List.of()) {
                    Map<String, Object> container = Yaml.map(c, field);
                    String image = (String) container.get("image");
                    if (image.equals(name) || image.startsWith(name + ":")) {
                        container.put("image", name + ":" + entry.get("newTag"));
                    }
                }
            }
        }
    }

    /** The pod template of a workload, null for other kinds. */
    private static Map<String, Object> podTemplate(Map<String, Object> doc) {
        if (!(doc.get("spec") instanceof Map<?, ?> spec) || !(spec.get("template") instanceof Map<?, ?>)) {
            return null;
        }
        return Yaml.map(spec.get("template"), "spec.template");
    }

    private static Map<String, Object> metadata(Map<String, Object> doc) {
        return Yaml.map(doc.computeIfAbsent("metadata", k -> new LinkedHashMap<>()), "metadata");
    }

    private static Map<String, Object> labelsOf(Map<String, Object> metadata) {
        return Yaml.map(metadata.computeIfAbsent("labels", k -> new LinkedHashMap<>()), "metadata.labels");
    }
}

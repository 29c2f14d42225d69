package io.eventd.deploycheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of Kubernetes' strategic merge patch our overlays use: mappings merge key by key, lists of named
 * mappings (containers, volumes, env, ports) merge by {@code name}, any other list is replaced. Directives
 * ({@code $patch}, {@code $retainKeys}, …) and null (delete) are outside that part and rejected.
 */
final class StrategicMerge {
    private StrategicMerge() {
    }

    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> patch, String where) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        patch.forEach((key, value) -> {
            String path = where + "." + key;
            if (key.startsWith("$") || value == null) {
                throw new IllegalArgumentException(path + ": patch directives and deletions are not supported");
            }
            Object old = merged.get(key);
            merged.put(key, old == null ? value : mergeValue(old, value, path));
        });
        return merged;
    }

    private static Object mergeValue(Object base, Object patch, String path) {
        if (base instanceof Map && patch instanceof Map) {
            return merge(Yaml.map(base, path), Yaml.map(patch, path), path);
        }
        if (base instanceof List && patch instanceof List && allNamed(Yaml.list(base, path))
                && allNamed(Yaml.list(patch, path))) {
            return mergeByName(Yaml.list(base, path), Yaml.list(patch, path), path);
        }
        return patch;
    }

    private static boolean allNamed(List<Object> items) {
        return !items.isEmpty() && items.stream().allMatch(i -> i instanceof Map<?, ?> m && m.get("name") != null);
    }

    private static List<Object> mergeByName(List<Object> base, List<Object> patch, String path) {
        List<Object> merged = new ArrayList<>(base);
        for (Object item : patch) {
            Map<String, Object> named = Yaml.map(item, path);
            int at = indexOfName(merged, named.get("name"));
            if (at < 0) {
                merged.add(named);
            } else {
                merged.set(at, merge(Yaml.map(merged.get(at), path), named, path + "[" + named.get("name") + "]"));
            }
        }
        return merged;
    }

    private static int indexOfName(List<Object> items, Object name) {
        for (int i = 0; i < items.size(); i++) {
            if (name.equals(((Map<?, ?>) items.get(i)).get("name"))) {
                return i;
            }
        }
        return -1;
    }
}

package io.eventd.deploycheck;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** YAML files as plain maps and lists, one map per document. */
final class Yaml {
    static final ObjectMapper MAPPER = new YAMLMapper();

    private Yaml() {
    }

    static List<Map<String, Object>> documents(Path file) {
        try (MappingIterator<Map<String, Object>> docs = MAPPER.readerForMapOf(Object.class).readValues(file.toFile())) {
            return docs.readAll().stream().filter(Objects::nonNull).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static Map<String, Object> document(Path file) {
        List<Map<String, Object>> docs = documents(file);
        if (docs.size() != 1) {
            throw new IllegalArgumentException(file + ": expected one YAML document, found " + docs.size());
        }
        return docs.get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(what + ": expected a mapping, got " + value);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value, String what) {
        if (!(value instanceof List)) {
            throw new IllegalArgumentException(what + ": expected a list, got " + value);
        }
        return (List<Object>) value;
    }
}

package io.eventd.bench.peers;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code --key=value} options after the scenario name; every getter takes the default used when absent. */
final class Options {
    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    static Options parse(List<String> args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --key=value, got " + arg);
            }
            int eq = arg.indexOf('=');
            values.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return new Options(values);
    }

    String string(String key, String defaultValue) {
        return values.getOrDefault(key, defaultValue);
    }

    int integer(String key, int defaultValue) {
        return values.containsKey(key) ? Integer.parseInt(values.get(key)) : defaultValue;
    }

    Duration seconds(String key, int defaultSeconds) {
        return Duration.ofSeconds(integer(key, defaultSeconds));
    }

    List<Integer> integers(String key, String defaultValue) {
        return Arrays.stream(string(key, defaultValue).split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    List<String> strings(String key, String defaultValue) {
        return Arrays.stream(string(key, defaultValue).split(",")).map(String::trim).toList();
    }

    /** The options as given, for the report. */
    Map<String, String> given() {
        return new LinkedHashMap<>(values);
    }
}

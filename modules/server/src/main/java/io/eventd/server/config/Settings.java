package io.eventd.server.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The settings of a node, read from the command line, then the environment, then a config file, then the defaults
 * (first found wins), with typed, validated accessors. An error names the setting and where its value came from.
 */
public final class Settings {
    private record Found(String value, String origin) {
    }

    private final Map<String, String> flags;
    private final Map<String, String> env;
    private final Map<String, String> file;
    private final String fileName;

    private Settings(Map<String, String> flags, Map<String, String> env, Map<String, String> file, String fileName) {
        this.flags = Map.copyOf(flags);
        this.env = Map.copyOf(env);
        this.file = Map.copyOf(file);
        this.fileName = fileName;
    }

    /** Flags are keyed by {@link NodeOption#key()}; the config file comes from {@code --config} / EVENTD_CONFIG. */
    public static Settings of(Map<String, String> flags, Map<String, String> env) {
        Settings withoutFile = new Settings(flags, env, Map.of(), null);
        String config = withoutFile.text(NodeOption.CONFIG);
        if (config.isEmpty()) {
            return withoutFile;
        }
        return new Settings(flags, env, readProperties(Path.of(config)), config);
    }

    private static Map<String, String> readProperties(Path path) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new SettingsException("--config: cannot read " + path + ": " + e.getMessage());
        }
        Map<String, String> values = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            boolean known = Arrays.stream(NodeOption.values()).anyMatch(o -> o.key().equals(name));
            if (!known) {
                throw new SettingsException(path + ": unknown setting '" + name + "'");
            }
            values.put(name, properties.getProperty(name).trim());
        }
        return values;
    }

    private Found find(NodeOption option) {
        if (flags.containsKey(option.key())) {
            return new Found(flags.get(option.key()), option.flag());
        }
        if (env.containsKey(option.env())) {
            return new Found(env.get(option.env()), option.env());
        }
        if (file.containsKey(option.key())) {
            return new Found(file.get(option.key()), fileName + " (" + option.key() + ")");
        }
        return new Found(option.defaultValue(), option.flag() + " default");
    }

    /** The value as text, empty when unset and without default. */
    public String text(NodeOption option) {
        return find(option).value().trim();
    }

    public boolean isSet(NodeOption option) {
        return !text(option).isEmpty();
    }

    public int integer(NodeOption option, int min, int max) {
        Found found = find(option);
        try {
            int value = Integer.parseInt(found.value().trim());
            if (value < min || value > max) {
                throw bad(option, found, "expected " + min + " to " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw bad(option, found, "expected a whole number");
        }
    }

    public Duration seconds(NodeOption option, int min, int max) {
        return Duration.ofSeconds(integer(option, min, max));
    }

    /** A comma-separated list, blanks dropped. */
    public List<String> list(NodeOption option) {
        return Arrays.stream(text(option).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** One of {@code allowed}, compared case-insensitively, returned lower-case. */
    public String choice(NodeOption option, String... allowed) {
        Found found = find(option);
        for (String a : allowed) {
            if (a.equalsIgnoreCase(found.value().trim())) {
                return a;
            }
        }
        throw bad(option, found, "expected one of " + String.join(", ", allowed));
    }

    /** A file that must exist and be readable; null when unset. */
    public Path readableFile(NodeOption option) {
        Found found = find(option);
        if (found.value().isBlank()) {
            return null;
        }
        Path path = Path.of(found.value().trim());
        if (!Files.isReadable(path) || Files.isDirectory(path)) {
            throw bad(option, found, "no readable file there");
        }
        return path;
    }

    private static SettingsException bad(NodeOption option, Found found, String why) {
        return new SettingsException(found.origin() + ": " + why + ", got '" + found.value() + "'"
                + (found.origin().startsWith(option.flag()) ? "" : " (" + option.flag() + ")"));
    }
}

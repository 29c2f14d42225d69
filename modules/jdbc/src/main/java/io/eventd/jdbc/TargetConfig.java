package io.eventd.jdbc;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where event bodies run: a MySQL or MariaDB server reached over JDBC.
 *
 * @param maxPoolSize       connections kept open at most (bodies running at once)
 * @param connectionTimeout how long borrowing a connection (and opening one) may take before a run fails
 */
public record TargetConfig(String jdbcUrl, String user, Secret password, int maxPoolSize, Duration connectionTimeout) {
    public static final int DEFAULT_MAX_POOL_SIZE = 8;
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(2);
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password\\d?=)[^&;]*");

    public TargetConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1, got " + maxPoolSize);
        }
    }

    public static TargetConfig of(String jdbcUrl, String user, Secret password) {
        return new TargetConfig(jdbcUrl, user, password, DEFAULT_MAX_POOL_SIZE, DEFAULT_CONNECTION_TIMEOUT);
    }

    public TargetConfig withMaxPoolSize(int size) {
        return new TargetConfig(jdbcUrl, user, password, size, connectionTimeout);
    }

    public TargetConfig withConnectionTimeout(Duration timeout) {
        return new TargetConfig(jdbcUrl, user, password, maxPoolSize, timeout);
    }

    /** The URL with any {@code password=} parameter masked, fit for logs. */
    public String safeUrl() {
        return PASSWORD_IN_URL.matcher(jdbcUrl).replaceAll("$1" + password);
    }

    @Override
    public String toString() {
        return "TargetConfig[jdbcUrl=" + safeUrl() + ", user=" + user + ", password=" + password
                + ", maxPoolSize=" + maxPoolSize + ", connectionTimeout=" + connectionTimeout + "]";
    }
}

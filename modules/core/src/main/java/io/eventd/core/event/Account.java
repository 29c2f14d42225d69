package io.eventd.core.event;

import java.util.Objects;

/** A MySQL account {@code 'user'@'host'}; the definer of an event. */
public record Account(String user, String host) {
    public Account {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(host, "host");
    }

    /** {@code user@host}, as SHOW EVENTS and information_schema.EVENTS print a definer. */
    public String plain() {
        return user + "@" + host;
    }

    /** {@code 'user'@'host'}, as error messages print an account. */
    public String quoted() {
        return "'" + user + "'@'" + host + "'";
    }
}

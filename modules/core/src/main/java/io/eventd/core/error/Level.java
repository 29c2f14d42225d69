package io.eventd.core.error;

/** Severity of a diagnostic, as MySQL's SHOW WARNINGS prints it. */
public enum Level {
    Note, Warning, Error
}

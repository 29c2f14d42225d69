package io.eventd.core.sql;

/** One statement of a script: its text without the delimiter, and the 1-based script line it starts on. */
public record ScriptStatement(String text, int line) {
}

package io.eventd.server.config;

/** A setting with a bad value, named with the place it came from; the node does not start. */
public final class SettingsException extends RuntimeException {
    public SettingsException(String message) {
        super(message);
    }
}

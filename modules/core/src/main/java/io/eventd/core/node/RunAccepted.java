package io.eventd.core.node;

import io.eventd.core.event.EventKey;
import java.util.Objects;

/** A run-now request was handed to {@code node}, which runs the event once its lock and claim are taken. */
public record RunAccepted(EventKey key, String node) {
    public RunAccepted {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(node, "node");
    }
}

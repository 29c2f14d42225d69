package io.eventd.core.node;

import io.eventd.core.event.Account;
import io.eventd.core.event.EventKey;
import java.util.Objects;

/** A request to run an event once now, outside its schedule; {@code requestedAt} is a UTC epoch second. */
public record RunNowRequest(EventKey key, Account requestedBy, long requestedAt) {
    public RunNowRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(requestedBy, "requestedBy");
    }
}

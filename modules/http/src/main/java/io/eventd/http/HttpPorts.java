package io.eventd.http;

import io.eventd.core.catalog.Authenticator;
import io.eventd.core.engine.Clock;
import io.eventd.core.engine.Engine;
import io.eventd.core.node.NodeInfo;
import io.eventd.core.token.AccessTokens;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What the front door serves from: the engine (statements, catalog, accounts, history), credential checks, bearer
 * tokens, the node's view of the cluster, the meter registry /metrics scrapes, the clock and the SYSTEM zone.
 */
public record HttpPorts(Engine engine, Authenticator authenticator, AccessTokens tokens, NodeInfo node,
                        PrometheusMeterRegistry registry, Clock clock, ZoneId systemZone) {
    public HttpPorts {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(systemZone, "systemZone");
    }
}

package io.eventd.deploycheck;

import io.eventd.server.Shutdown;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * What the manifests rely on that the server's code does not expose yet. Each constant names the code it
 * must come from once that code exists; until then this is the one place to change.
 */
final class ServerContract {
    private ServerContract() {
    }

    /** The ordered shutdown's longest run after SIGTERM. */
    static final Duration SHUTDOWN_BUDGET = Shutdown.BUDGET;
    /** What the pod needs beyond the budget to exit the JVM and be reaped before SIGKILL. */
    static final Duration EXIT_MARGIN = Duration.ofSeconds(10);

    /** Routes of the HTTP module on the HTTP port (modules/http). */
    static final String LIVE = "/health/live";
    static final String READY = "/health/ready";
    static final String METRICS = "/metrics";
    static final Set<String> HEALTH_ROUTES = Set.of(LIVE, READY, "/health");

    /** The environment the image sets (jib container.environment in modules/server/pom.xml). */
    static final Map<String, String> IMAGE_ENV = Map.of("EVENTD_HTTP_HOST", "0.0.0.0");

    /** The user the image runs as (jib container.user) and the pods run as. */
    static final long USER_ID = 10001;
}

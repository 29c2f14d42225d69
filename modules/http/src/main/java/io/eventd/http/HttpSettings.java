package io.eventd.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the front door listens. Build from {@link #defaults()} and the {@code with…} methods.
 *
 * @param port                   TCP port; 0 picks a free one
 * @param host                   address to bind
 * @param bodyLimitBytes         largest request body accepted; larger ones get 413
 * @param tlsKey                 PEM private key; TLS is on when both key and certificate are set
 * @param tlsCert                PEM certificate chain
 * @param idleTimeout            a connection that sends or receives nothing this long is closed (slow clients)
 * @param workerThreads          threads that run blocking core calls (statements, password checks)
 * @param tokenLifetime          how long a bearer token from {@code POST /v1/tokens} is valid
 * @param allowAnonymousLoopback the embedded demo only: bind 127.0.0.1 and treat requests without credentials as root
 */
public record HttpSettings(int port, String host, long bodyLimitBytes, Path tlsKey, Path tlsCert,
                           Duration idleTimeout, int workerThreads, Duration tokenLifetime,
                           boolean allowAnonymousLoopback) {
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_BODY_LIMIT = 1024 * 1024;
    public static final String LOOPBACK = "127.0.0.1";

    public HttpSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        Objects.requireNonNull(host, "host");
        if (bodyLimitBytes <= 0) {
            throw new IllegalArgumentException("body limit must be positive: " + bodyLimitBytes);
        }
        if ((tlsKey == null) != (tlsCert == null)) {
            throw new IllegalArgumentException("TLS needs both a key and a certificate");
        }
        requirePositive(idleTimeout, "idle timeout");
        requirePositive(tokenLifetime, "token lifetime");
        if (workerThreads < 1) {
            throw new IllegalArgumentException("worker threads must be at least 1: " + workerThreads);
        }
    }

    /** Port 8080 on every interface, 1 MiB bodies, no TLS, 30 s idle timeout, 4 workers (2 cores), 1 h tokens. */
    public static HttpSettings defaults() {
        return new HttpSettings(DEFAULT_PORT, "0.0.0.0", DEFAULT_BODY_LIMIT, null, null, Duration.ofSeconds(30),
                4, Duration.ofHours(1), false);
    }

    public HttpSettings withPort(int newPort) {
        return new HttpSettings(newPort, host, bodyLimitBytes, tlsKey, tlsCert, idleTimeout, workerThreads,
                tokenLifetime, allowAnonymousLoopback);
    }

    public HttpSettings withHost(String newHost) {
        return new HttpSettings(port, newHost, bodyLimitBytes, tlsKey, tlsCert, idleTimeout, workerThreads,
                tokenLifetime, allowAnonymousLoopback);
    }

    public HttpSettings withBodyLimit(long bytes) {
        return new HttpSettings(port, host, bytes, tlsKey, tlsCert, idleTimeout, workerThreads, tokenLifetime,
                allowAnonymousLoopback);
    }

    public HttpSettings withTls(Path key, Path cert) {
        return new HttpSettings(port, host, bodyLimitBytes, key, cert, idleTimeout, workerThreads, tokenLifetime,
                allowAnonymousLoopback);
    }

    public HttpSettings withIdleTimeout(Duration timeout) {
        return new HttpSettings(port, host, bodyLimitBytes, tlsKey, tlsCert, timeout, workerThreads, tokenLifetime,
                allowAnonymousLoopback);
    }

    public HttpSettings withWorkerThreads(int threads) {
        return new HttpSettings(port, host, bodyLimitBytes, tlsKey, tlsCert, idleTimeout, threads, tokenLifetime,
                allowAnonymousLoopback);
    }

    public HttpSettings withTokenLifetime(Duration lifetime) {
        return new HttpSettings(port, host, bodyLimitBytes, tlsKey, tlsCert, idleTimeout, workerThreads, lifetime,
                allowAnonymousLoopback);
    }

    public HttpSettings withAnonymousLoopback(boolean allow) {
        return new HttpSettings(port, host, bodyLimitBytes, tlsKey, tlsCert, idleTimeout, workerThreads,
                tokenLifetime, allow);
    }

    public boolean tls() {
        return tlsKey != null;
    }

    /** The address actually bound: loopback when anonymous requests are allowed, else {@link #host()}. */
    public String bindHost() {
        return allowAnonymousLoopback ? LOOPBACK : host;
    }

    private static void requirePositive(Duration d, String what) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(what + " must be positive: " + d);
        }
    }
}

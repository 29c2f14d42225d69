package io.eventd.http;

import io.eventd.core.catalog.AccountDirectory;
import io.eventd.core.error.SqlException;
import io.eventd.http.impl.HttpApi;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import java.util.concurrent.TimeUnit;

/**
 * The front door of one node: {@code POST /v1/sql}, the REST resources, tokens, metrics and health
 * (modules/http/README.md), served by Vert.x with blocking core calls on a worker pool. Start with
 * {@link #start}; {@link #close} stops serving (the Vert.x instance stays the caller's).
 */
public final class HttpServer implements AutoCloseable {
    private final io.vertx.core.http.HttpServer server;
    private final WorkerExecutor workers;
    private final JvmGcMetrics gcMetrics;

    private HttpServer(io.vertx.core.http.HttpServer server, WorkerExecutor workers, JvmGcMetrics gcMetrics) {
        this.server = server;
        this.workers = workers;
        this.gcMetrics = gcMetrics;
    }

    /**
     * Binds and serves; returns once listening.
     *
     * @throws IllegalStateException when anonymous loopback is off and {@code root} logs in without a password
     *                               (a server never opens to the network without credentials)
     */
    public static HttpServer start(Vertx vertx, HttpSettings settings, HttpPorts ports) {
        if (!settings.allowAnonymousLoopback() && rootHasNoPassword(ports)) {
            throw new IllegalStateException("refusing to serve HTTP: the admin account root has no password "
                    + "(set --admin-password-file / EVENTD_ADMIN_PASSWORD_FILE)");
        }
        JvmGcMetrics gcMetrics = bindJvmMeters(ports);
        WorkerExecutor workers = vertx.createSharedWorkerExecutor("eventd-http", settings.workerThreads());
        HttpServerOptions options = new HttpServerOptions()
                .setHost(settings.bindHost())
                .setPort(settings.port())
                .setIdleTimeout((int) settings.idleTimeout().toMillis())
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setHandle100ContinueAutomatically(true);
        if (settings.tls()) {
            options.setSsl(true).setKeyCertOptions(new PemKeyCertOptions()
                    .setKeyPath(settings.tlsKey().toString()).setCertPath(settings.tlsCert().toString()));
        }
        try {
            io.vertx.core.http.HttpServer server = vertx.createHttpServer(options)
                    .requestHandler(HttpApi.router(vertx, settings, ports, workers))
                    .listen().await();
            return new HttpServer(server, workers, gcMetrics);
        } catch (RuntimeException e) {
            workers.close();
            gcMetrics.close();
            throw e;
        }
    }

    /** The port listened on (the chosen one when the settings said 0). */
    public int port() {
        return server.actualPort();
    }

    @Override
    public void close() {
        server.close().await();
        workers.close().await();
        gcMetrics.close();
    }

    private static boolean rootHasNoPassword(HttpPorts ports) {
        try {
            ports.authenticator().authenticate(AccountDirectory.ROOT.user(), null, new char[0]);
            return true;
        } catch (SqlException e) {
            return false;
        }
    }

    private static JvmGcMetrics bindJvmMeters(HttpPorts ports) {
        var registry = ports.registry();
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        return gc;
    }
}

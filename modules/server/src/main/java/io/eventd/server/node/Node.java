package io.eventd.server.node;

import io.eventd.cluster.AbandonedPolicy;
import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.ClusterSettings;
import io.eventd.cluster.front.ClusterFrontDoor;
import io.eventd.cluster.settings.ClusterScheduler;
import io.eventd.core.catalog.AccountDirectory;
import io.eventd.core.engine.Clock;
import io.eventd.core.engine.Engine;
import io.eventd.core.engine.Session;
import io.eventd.core.engine.StatementExecutor;
import io.eventd.http.BcryptPasswordHasher;
import io.eventd.http.HttpPorts;
import io.eventd.http.HttpServer;
import io.eventd.http.HttpSettings;
import io.eventd.http.RememberedPasswords;
import io.eventd.jdbc.Secret;
import io.eventd.jdbc.schema.TargetSchemas;
import io.eventd.server.Shutdown;
import io.eventd.server.config.NodeConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * One running eventd node, wired from its configuration: pools, the cluster member (catalog, timers, runs), the
 * cluster-wide ports the front door answers from, the engine, and the HTTP server. Every part is registered with
 * the {@link Shutdown} as it starts, so a failure half-way or a SIGTERM stops what is running, in reverse order.
 */
public final class Node {
    private static final Logger LOG = Logger.getLogger(Node.class.getName());

    private final HttpServer http;
    private final ClusterNode cluster;
    private final Databases databases;

    private Node(HttpServer http, ClusterNode cluster, Databases databases) {
        this.http = http;
        this.cluster = cluster;
        this.databases = databases;
    }

    public static Node start(NodeConfig config, Shutdown shutdown) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Databases databases = Databases.open(config, shutdown);
        ClusterNode cluster = ClusterNode.start(clusterSettings(config), databases.target().dataSource(),
                databases.metadataPools(), config.metadataSchema(), registry);
        shutdown.add("cluster member " + config.nodeName(), cluster::stop);
        ClusterFrontDoor front = ClusterFrontDoor.create(cluster);
        shutdown.add("cluster front door", front);

        AccountDirectory accounts = new AccountDirectory(front.accounts(),
                new RememberedPasswords(new BcryptPasswordHasher(), java.time.Clock.systemUTC()));
        // root always exists with every privilege; without a password file it has none and HTTP serves loopback only
        accounts.seedAdmin(AccountDirectory.ROOT, config.adminPasswordFile() == null ? new char[0]
                : Secret.fromFile(config.adminPasswordFile()).reveal().toCharArray());
        Engine engine = new Engine(cluster.catalog(), new TargetSchemas(databases.target().dataSource()), accounts,
                new ClusterScheduler(cluster.scheduler()), front.running(), front.counters(), front.history());

        Vertx vertx = Vertx.vertx();
        shutdown.add("vert.x", () -> vertx.close().await());
        HttpServer http = HttpServer.start(vertx, httpSettings(config), new HttpPorts(engine, accounts,
                front.tokens(), front.nodeInfo(), registry, Clock.system(), ZoneId.systemDefault()));
        shutdown.add("http server", http);

        if (config.demoEvent()) {
            DemoEvent.create(databases.target(), new StatementExecutor(engine),
                    new Session(AccountDirectory.ROOT, Clock.system(), ZoneId.systemDefault()));
        }
        LOG.info(() -> "eventd node " + config.nodeName() + " ready: http" + (config.tlsKeyFile() != null ? "s" : "")
                + "://" + config.httpHost() + ":" + http.port() + ", cluster port " + config.clusterPort()
                + ", target " + databases.description());
        return new Node(http, cluster, databases);
    }

    /** The HTTP port listened on (the chosen one when configured as 0). */
    public int httpPort() {
        return http.port();
    }

    public ClusterNode cluster() {
        return cluster;
    }

    public Databases databases() {
        return databases;
    }

    static ClusterSettings clusterSettings(NodeConfig c) {
        return new ClusterSettings(c.clusterName(), c.nodeName(), c.clusterPort(), c.members(),
                c.kubernetesDns() ? ClusterSettings.Discovery.KUBERNETES_DNS : ClusterSettings.Discovery.TCP_IP,
                c.kubernetesDns() ? c.serviceDns() : null, c.heartbeat(), c.maxNoHeartbeat(), c.expectedMembers(), 0,
                c.bodyTimeout(), c.runThreads(), 10_000, AbandonedPolicy.SKIP);
    }

    static HttpSettings httpSettings(NodeConfig c) {
        HttpSettings settings = HttpSettings.defaults().withPort(c.httpPort()).withHost(c.httpHost())
                .withAnonymousLoopback(c.adminPasswordFile() == null);
        return c.tlsKeyFile() == null ? settings : settings.withTls(c.tlsKeyFile(), c.tlsCertFile());
    }
}

package io.eventd.server.node;

import io.eventd.cluster.ClusterNode;
import io.eventd.jdbc.Secret;
import io.eventd.jdbc.TargetConfig;
import io.eventd.jdbc.TargetDataSource;
import io.eventd.jdbc.embedded.EmbeddedMariaDb;
import io.eventd.server.Shutdown;
import io.eventd.server.config.NodeConfig;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The two connection pools of a node: one to the target (bodies run there) and one to the metadata server
 * (catalog, claims, history: it must not share sessions with bodies, whose time_zone and sql_mode vary). With no
 * target configured, an embedded MariaDB in the data folder serves as both.
 */
public record Databases(TargetDataSource target, TargetDataSource metadata, TargetDataSource claims,
                        String description) {
    private static final Logger LOG = Logger.getLogger(Databases.class.getName());
    private static final Duration TARGET_CONNECT = Duration.ofSeconds(5);
    private static final Duration METADATA_CONNECT = Duration.ofSeconds(15);
    /**
     * The claiming thread's borrow timeout: while MySQL is away each second's claims are refused (SKIPPED) within it,
     * so the thread keeps up with the seconds (firings are claimed half a second ahead) instead of falling 15 s
     * behind and catching up afterwards; a live server hands out a pooled connection in microseconds.
     */
    private static final Duration CLAIM_CONNECT = Duration.ofSeconds(1);
    /** The claiming thread, and a spare while the pool replaces a broken connection. */
    private static final int CLAIM_CONNECTIONS = 2;

    public static Databases open(NodeConfig config, Shutdown shutdown) {
        TargetConfig target;
        TargetConfig metadata;
        String description;
        if (config.target() == null) {
            LOG.info(() -> "no --target-url: starting an embedded MariaDB in " + config.dataDir().toAbsolutePath()
                    + " (the first start unpacks it, which takes a while)");
            EmbeddedMariaDb embedded = EmbeddedMariaDb.builder().workDir(config.dataDir()).start();
            shutdown.add("embedded MariaDB", embedded);
            target = embedded.targetConfig();
            metadata = target;
            description = "embedded MariaDB on " + embedded.jdbcUrl();
        } else {
            target = config(config.target());
            metadata = config(config.metadata());
            description = target.safeUrl();
        }
        // Generous borrow timeouts at start-up on a loaded machine; a dead target still fails a run within seconds.
        // One connection per run thread: a body never waits for a connection another body holds.
        TargetDataSource targetPool = new TargetDataSource(target.withConnectionTimeout(TARGET_CONNECT)
                .withMaxPoolSize(config.runThreads()));
        shutdown.add("target pool", targetPool);
        TargetDataSource metadataPool = new TargetDataSource(metadata.withConnectionTimeout(METADATA_CONNECT));
        shutdown.add("metadata pool", metadataPool);
        TargetDataSource claimsPool = new TargetDataSource(metadata.withConnectionTimeout(CLAIM_CONNECT)
                .withMaxPoolSize(CLAIM_CONNECTIONS));
        shutdown.add("claims pool", claimsPool);
        return new Databases(targetPool, metadataPool, claimsPool, description);
    }

    /** The metadata pools as the cluster member takes them. */
    public ClusterNode.MetadataPools metadataPools() {
        return new ClusterNode.MetadataPools(metadata.dataSource(), claims.dataSource());
    }

    private static TargetConfig config(NodeConfig.Database database) {
        Secret password = database.passwordFile() == null ? Secret.of("") : Secret.fromFile(database.passwordFile());
        return TargetConfig.of(database.url(), database.user(), password);
    }
}

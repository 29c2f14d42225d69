package io.eventd.cluster.testing;

import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.ClusterSettings;
import io.eventd.jdbc.Secret;
import io.eventd.jdbc.TargetConfig;
import io.eventd.jdbc.TargetDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A cluster member in its own JVM, for tests that kill it: {@code clusterName nodeName port members(comma)
 * metadataSchema jdbcUrl user} with the password on standard input. Prints READY once it is up.
 */
public final class MemberMain {
    private MemberMain() {
    }

    public static void main(String[] args) throws Exception {
        String password = new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
        // A fresh JVM on a loaded machine may need more than the default two seconds for its first connection.
        TargetDataSource pool = new TargetDataSource(TargetConfig.of(args[5], args[6], Secret.of(password))
                .withConnectionTimeout(Duration.ofSeconds(30)));
        ClusterSettings settings = ClusterSettings.defaults(args[1]).withClusterName(args[0])
                .withMembers(Integer.parseInt(args[2]), List.of(args[3].split(",")))
                .withBodyTimeout(Duration.ofSeconds(10));
        ClusterNode.start(settings, pool.dataSource(), ClusterNode.MetadataPools.of(pool.dataSource()), args[4],
                new SimpleMeterRegistry());
        System.out.println("READY");
        System.out.flush();
        new CountDownLatch(1).await();
    }
}

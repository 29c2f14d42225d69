package io.eventd.bench.peers;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Side by side: MariaDB's own event scheduler, Quartz clustered and db-scheduler on the project's embedded MariaDB,
 * every job inserting its name and NOW(6) into one table. See docs/BENCHMARKS.md, section "Side by side".
 *
 * <pre>
 * PeersBench mariadb-scheduler [--events=1,100,1000] [--duration=60]
 * PeersBench quartz       [--jobs=100] [--variants=tuned,default] [--duration=60] [--observe=40] [--instances=3]
 *                         [--threads=10] [--batch=1]
 * PeersBench db-scheduler [--jobs=100] [--variants=tuned,default] [--duration=60] [--observe=45] [--instances=3]
 *                         [--threads=10] [--schedule=fixed-delay|cron]
 * common: [--results=modules/bench/results] [--db-dir=modules/bench/target/peers-mariadb]
 * </pre>
 *
 * {@code PeersBench worker <quartz|db-scheduler> --name=…} is one scheduler instance, started by the scenario.
 */
public final class PeersBench {
    private static final Map<String, ClusterPeer> PEERS =
            Map.of("quartz", new QuartzPeer(), "db-scheduler", new DbSchedulerPeer());

    private PeersBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: PeersBench <mariadb-scheduler|quartz|db-scheduler> [--key=value ...]"
                    + " (see the class comment or docs/BENCHMARKS.md)");
            System.exit(2);
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (args[0].equals("worker")) {
            runWorker(rest.get(0), Options.parse(rest.subList(1, rest.size())));
            return;
        }
        Options options = Options.parse(rest);
        Scenario scenario = scenario(args[0]);
        Report report = new Report(args[0], Path.of(options.string("results", "modules/bench/results")),
                options.given());
        try (PeersDatabase db = PeersDatabase.start(
                Path.of(options.string("db-dir", "modules/bench/target/peers-mariadb")))) {
            report.note("mariadb", db.version());
            scenario.run(db, options, report);
        }
        System.out.println("results: " + report.folder());
        System.exit(0);
    }

    private static Scenario scenario(String name) {
        if (name.equals("mariadb-scheduler")) {
            return new MariaDbSchedulerScenario();
        }
        ClusterPeer peer = PEERS.get(name);
        if (peer == null) {
            throw new IllegalArgumentException("unknown scenario " + name
                    + "; expected mariadb-scheduler, quartz or db-scheduler");
        }
        return new ClusterScenario(peer, name.equals("quartz") ? 40 : 45);
    }

    /** One scheduler instance: runs until its standard input closes (the bench stopping it or dying). */
    private static void runWorker(String system, Options options) throws Exception {
        ClusterPeer peer = PEERS.get(system);
        try (AutoCloseable instance = peer.startInstance(options.string("name", system), options,
                PeersDatabase.configFromEnvironment())) {
            System.out.println(WorkerProcess.READY);
            System.out.flush();
            while (System.in.read() != -1) {
                // the bench never writes; end of input is the signal to stop
            }
        }
        System.exit(0);
    }
}

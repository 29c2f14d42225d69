package io.eventd.bench.engine;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every scenario takes: where results and the database's files go, and member JVM sizing. */
final class CommonOptions {
    @Option(names = "--results", defaultValue = "modules/bench/results",
            description = "parent folder of the result folders (default: ${DEFAULT-VALUE})")
    Path results;

    @Option(names = "--db-dir", defaultValue = "modules/bench/results/.mariadb",
            description = "work folder of the embedded MariaDB, kept between runs (default: ${DEFAULT-VALUE})")
    Path dbDir;

    @Option(names = "--max-connections", defaultValue = "1000",
            description = "MariaDB max_connections (default: ${DEFAULT-VALUE})")
    int maxConnections;

    @Option(names = "--member-heap", defaultValue = "1g",
            description = "-Xmx of each member process (default: ${DEFAULT-VALUE})")
    String memberHeap;
}

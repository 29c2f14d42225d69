package io.eventd.bench.peers;

import io.eventd.jdbc.TargetConfig;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A scheduler library run as a cluster of worker processes sharing the bench schema. */
interface ClusterPeer {
    /** The name on the command line, for the scenario and its workers. */
    String system();

    /**
     * Creates the peer's tables (and, where the peer keeps jobs apart from code, the jobs) in the fresh schema.
     *
     * @return the first scheduled instant, when known before the workers start
     */
    Optional<Instant> prepare(PeersDatabase db, List<String> jobs, boolean tuned, Options options) throws Exception;

    /** The options a worker needs to run the same jobs the same way ({@code --name} is added by the scenario). */
    List<String> workerOptions(int jobs, boolean tuned, Options options);

    /**
     * A query giving the instance holding the most jobs it has taken and not finished, and how many (one row, or
     * none while nobody holds any), in the peer's tables (schema-qualified: the bench's pool has no default
     * database).
     */
    String mostHeldQuery();

    /** In a worker process: starts one scheduler instance; closing it shuts the instance down gracefully. */
    AutoCloseable startInstance(String name, Options options, TargetConfig config) throws Exception;
}

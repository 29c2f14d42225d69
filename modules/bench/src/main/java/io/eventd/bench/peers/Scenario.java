package io.eventd.bench.peers;

/** One side-by-side scenario: runs its sizes and variants against the database and adds each run to the report. */
interface Scenario {
    void run(PeersDatabase db, Options options, Report report) throws Exception;
}

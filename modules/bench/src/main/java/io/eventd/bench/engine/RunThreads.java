package io.eventd.bench.engine;

import picocli.CommandLine.Option;

/** The members' {@code --run-threads}, for the scenarios that start member processes. */
final class RunThreads {
    @Option(names = "--run-threads", defaultValue = "16", description = "run threads per member, each with its own "
            + "target connection (default: ${DEFAULT-VALUE})")
    int value;
}

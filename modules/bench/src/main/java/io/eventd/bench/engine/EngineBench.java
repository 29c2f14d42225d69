package io.eventd.bench.engine;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The engine benchmark runner: one subcommand per scenario, each writing result.json, result.md and SVG charts to
 * {@code modules/bench/results/<scenario>-<timestamp>/}. Run through {@code modules/bench/bin/engine-bench}.
 */
@Command(name = "engine-bench", mixinStandardHelpOptions = true,
        subcommands = {LatenessScenario.class, ThroughputScenario.class, FailoverScenario.class, CatalogScaleScenario.class, HttpScenario.class, CommandLine.HelpCommand.class},
        description = "eventd engine benchmarks against an embedded MariaDB started by the runner")
public final class EngineBench {
    public static void main(String[] args) {
        int status = new CommandLine(new EngineBench()).execute(args);
        System.exit(status);
    }
}

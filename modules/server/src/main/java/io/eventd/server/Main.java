package io.eventd.server;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code eventd} command: subcommands for the offline check (and, later, the node and the client). */
@Command(name = "eventd", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "A clustered scheduler for MySQL events.",
        subcommands = {CheckCommand.class, SqlCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests that run it in-process). */
    public static int run(String... args) {
        return run(CommandLine.defaultFactory(), args);
    }

    /** Runs the command line with subcommands made by {@code factory} (tests give them their own streams). */
    static int run(CommandLine.IFactory factory, String... args) {
        String[] effective = args.length > 0 && args[0].equals("sql") ? SqlCommand.mysqlStyle(args) : args;
        return new CommandLine(new Main(), factory).execute(effective);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}

package io.eventd.server;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code eventd} command: subcommands for the offline check (and, later, the node and the client). */
@Command(name = "eventd", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "A clustered scheduler for MySQL events.",
        subcommands = {CheckCommand.class, SqlCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** One line per log record (java.util.logging's default takes two). */
    private static final String LOG_FORMAT = "java.util.logging.SimpleFormatter.format";
    private static final String LOG_MANAGER = "java.util.logging.manager";

    public static void main(String[] args) {
        if (System.getProperty(LOG_FORMAT) == null) {
            System.setProperty(LOG_FORMAT, "%1$tFT%1$tT.%1$tLZ %4$s %3$s: %5$s%6$s%n");
        }
        if (System.getProperty(LOG_MANAGER) == null) {
            System.setProperty(LOG_MANAGER, KeepHandlersLogManager.class.getName());
        }
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests that run it in-process). */
    public static int run(String... args) {
        return run(CommandLine.defaultFactory(), args);
    }

    /** Runs the command line with subcommands made by {@code factory} (tests give them their own streams). */
    static int run(CommandLine.IFactory factory, String... args) {
        String[] effective = args.length > 0 && args[0].equals("sql") ? SqlCommand.mysqlStyle(args) : args;
        CommandLine commandLine = new CommandLine(new Main(), factory);
        commandLine.addSubcommand("server", ServerCommand.commandLine());
        return commandLine.execute(effective);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}

package io.eventd.server;

import io.eventd.server.config.NodeConfig;
import io.eventd.server.config.NodeOption;
import io.eventd.server.config.Settings;
import io.eventd.server.config.SettingsException;
import io.eventd.server.node.Node;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code eventd server}: runs one node until SIGTERM / SIGINT, then shuts it down in order. Its options are built
 * from {@link NodeOption}, each also readable from the environment and a config file.
 */
final class ServerCommand implements Callable<Integer> {
    private static final Logger LOG = Logger.getLogger(ServerCommand.class.getName());

    private final CommandSpec spec;
    private final Map<String, String> env;

    private ServerCommand(Map<String, String> env) {
        this.env = env;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("server");
        spec.usageMessage().description("Run an eventd node (embedded defaults when no option is given).",
                "Every option also reads from its EVENTD_* environment variable and from --config.");
        spec.mixinStandardHelpOptions(true);
        for (NodeOption option : NodeOption.values()) {
            String defaultText = option.defaultValue().isEmpty() ? "" : " (default: " + option.defaultValue() + ")";
            spec.addOption(OptionSpec.builder(option.flag()).paramLabel("VALUE").type(String.class)
                    .description(option.description() + defaultText + "; env " + option.env()).build());
        }
    }

    static CommandLine commandLine() {
        return new CommandLine(new ServerCommand(System.getenv()).spec);
    }

    @Override
    public Integer call() {
        Map<String, String> flags = new HashMap<>();
        for (NodeOption option : NodeOption.values()) {
            String value = spec.findOption(option.flag()).getValue();
            if (value != null) {
                flags.put(option.key(), value);
            }
        }
        NodeConfig config;
        try {
            config = NodeConfig.from(Settings.of(flags, env));
        } catch (SettingsException e) {
            spec.commandLine().getErr().println("eventd server: " + e.getMessage());
            return 2;
        }
        Shutdown shutdown = new Shutdown();
        CountDownLatch stopped = new CountDownLatch(1);
        shutdown.add("main thread", stopped::countDown);
        shutdown.onJvmExit();
        try {
            Node.start(config, shutdown);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "eventd node failed to start: " + e.getMessage(), e);
            shutdown.run();
            return 1;
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}

package io.eventd.bench.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Members as separate JVMs, each started as {@code eventd server} with this runner's classpath and the JVM flags
 * of {@code bin/eventd} (Hazelcast's opens). Output goes to {@code member-<i>.log} in the result folder.
 */
final class MemberProcesses extends Members {
    private static final List<String> HAZELCAST_OPENS = List.of("--add-modules", "java.se",
            "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens", "java.management/sun.management=ALL-UNNAMED",
            "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED");

    private final List<Process> processes = new ArrayList<>();

    MemberProcesses(ClusterLayout layout, Path logDir, String heap) {
        super(layout);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < layout.size(); i++) {
            List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-Duser.timezone=UTC"));
            command.addAll(HAZELCAST_OPENS);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.eventd.server.Main", "server"));
            for (Map.Entry<String, String> flag : layout.flags(i).entrySet()) {
                command.add("--" + flag.getKey() + "=" + flag.getValue());
            }
            try {
                processes.add(new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(logDir.resolve("member-" + i + ".log").toFile()).start());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        awaitReady();
    }

    /** SIGKILL (Process.destroyForcibly on Linux); returns the epoch microsecond just before the signal. */
    long kill(int index) {
        long before = EpochMicros.now();
        processes.get(index).destroyForcibly();
        return before;
    }

    @Override
    protected boolean alive(int index) {
        return processes.get(index).isAlive();
    }

    @Override
    public void close() {
        processes.stream().filter(Process::isAlive).forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}

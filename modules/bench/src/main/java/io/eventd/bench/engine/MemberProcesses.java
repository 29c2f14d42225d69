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

    private static final int START_ATTEMPTS = 5;

    private final List<Process> processes = new ArrayList<>();
    private final List<Integer> attempts = new ArrayList<>();
    private final Path logDir;
    private final String heap;

    MemberProcesses(ClusterLayout layout, Path logDir, String heap) {
        super(layout);
        this.logDir = logDir;
        this.heap = heap;
        for (int i = 0; i < layout.size(); i++) {
            processes.add(launch(i));
            attempts.add(1);
        }
        try {
            awaitReady();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private Process launch(int index) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-Duser.timezone=UTC"));
        command.addAll(HAZELCAST_OPENS);
        // e.g. -XX:StartFlightRecording=… to profile the members (docs/BENCHMARKS.md, "Profiling")
        String extra = System.getenv().getOrDefault("ENGINE_BENCH_MEMBER_JAVA_OPTS", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.eventd.server.Main", "server"));
        for (Map.Entry<String, String> flag : layout.flags(index).entrySet()) {
            command.add("--" + flag.getKey() + "=" + flag.getValue());
        }
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve("member-" + index + ".log")
                            .toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a member that exited while starting again, up to {@value #START_ATTEMPTS} times: on a loaded machine a
     * cold JVM's first MariaDB connection can take longer than the node pool's fixed 2 s timeout.
     */
    @Override
    protected boolean keepStarting(int index) {
        if (processes.get(index).isAlive()) {
            return true;
        }
        if (attempts.get(index) >= START_ATTEMPTS) {
            return false;
        }
        attempts.set(index, attempts.get(index) + 1);
        System.out.println("member " + index + " exited while starting; attempt " + attempts.get(index));
        processes.set(index, launch(index));
        return true;
    }

    /** SIGKILL (Process.destroyForcibly on Linux); returns the epoch microsecond just before the signal. */
    long kill(int index) {
        long before = EpochMicros.now();
        processes.get(index).destroyForcibly();
        return before;
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

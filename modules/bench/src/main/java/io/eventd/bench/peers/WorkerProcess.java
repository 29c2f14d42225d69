package io.eventd.bench.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler instance in a JVM of its own ({@code PeersBench worker <system> …} on this JVM's class path). It
 * prints {@link #READY} once its scheduler runs and stops gracefully when its standard input closes, so a worker
 * never outlives the bench; {@link #kill()} is a SIGKILL.
 */
final class WorkerProcess {
    static final String READY = "READY";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final String name;
    private final Process process;
    private final Path log;

    private WorkerProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static WorkerProcess start(String system, String name, List<String> options, Map<String, String> environment,
                               Path logDir) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                PeersBench.class.getName(), "worker", system, "--name=" + name));
        command.addAll(options);
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new WorkerProcess(name, builder.start(), log);
    }

    String name() {
        return name;
    }

    /** Polls the worker's log for its READY line (the worker writes it there through the redirect). */
    void awaitReady() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!ready()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("worker " + name + " did not start; see " + log);
            }
            Thread.sleep(100);
        }
    }

    private boolean ready() throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.anyMatch(READY::equals);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Closes its standard input; kills it if it has not shut down within 30 s. */
    void stop() throws IOException, InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}

package io.eventd.server.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One eventd member as its own JVM ({@code io.eventd.server.Main server …}), run from the test classpath with the
 * flags bin/eventd passes. Its output goes to {@code <name>-<start>.log} so a failure can be read afterwards.
 */
final class MemberProcess {
    /** The internal packages Hazelcast reads (as in bin/eventd and the image's JVM flags). */
    private static final List<String> HAZELCAST_OPENS = List.of("--add-modules", "java.se",
            "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--add-opens", "java.base/java.nio=ALL-UNNAMED",
            "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens", "java.management/sun.management=ALL-UNNAMED",
            "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int httpPort;
    private final List<String> serverArgs;
    private final Path logDir;
    private Process process;
    private int starts;

    /** {@code serverArgs}: the options of {@code eventd server}, including this member's fixed ports. */
    MemberProcess(String name, int httpPort, List<String> serverArgs, Path logDir) {
        this.name = name;
        this.httpPort = httpPort;
        this.serverArgs = List.copyOf(serverArgs);
        this.logDir = logDir;
    }

    String name() {
        return name;
    }

    int httpPort() {
        return httpPort;
    }

    /** Starts (or restarts) the JVM with the same arguments, hence the same ports. */
    void start() {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(HAZELCAST_OPENS);
        command.addAll(List.of("-Xmx256m", "-cp", System.getProperty("java.class.path"), "io.eventd.server.Main",
                "server"));
        command.addAll(serverArgs);
        Path log = logDir.resolve(name + "-" + ++starts + ".log");
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True once GET /health/ready answers 200 (joined, catalog loaded, metadata store reachable). */
    boolean ready() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Sends SIGTERM (what Kubernetes sends a pod): the JVM runs its shutdown hook, then exits on its own. */
    void terminate() {
        process.destroy();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** The exit status; only once the process has ended. */
    int exitValue() {
        return process.exitValue();
    }

    Path lastLog() {
        return logDir.resolve(name + "-" + starts + ".log");
    }

    /** Kills the JVM outright (test clean-up only), waiting for it to be gone. */
    void kill() {
        if (alive()) {
            process.destroyForcibly();
            process.onExit().join();
        }
    }
}

package io.eventd.faults;

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
import java.util.concurrent.TimeUnit;

/**
 * One member slot of the cluster under test: {@code io.eventd.server.Main server} run as its own JVM with this
 * JVM's java and classpath, on fixed HTTP and cluster ports so a restarted process takes the same place. Output
 * goes to {@code <logDir>/<name>.log} (appended across restarts).
 */
final class NodeProcess {
    /** The JVM flags bin/eventd gives Hazelcast, plus a small heap and a quick start for a 2-core machine. */
    private static final List<String> JVM_FLAGS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "--add-modules", "java.se", "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens", "java.management/sun.management=ALL-UNNAMED",
            "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int httpPort;
    private final List<String> flags;
    private final Path log;
    private Process process;

    NodeProcess(String name, int httpPort, List<String> flags, Path logDir) {
        this.name = name;
        this.httpPort = httpPort;
        this.flags = List.copyOf(flags);
        this.log = logDir.resolve(name + ".log");
    }

    String name() {
        return name;
    }

    int httpPort() {
        return httpPort;
    }

    synchronized void start() {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(JVM_FLAGS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.eventd.server.Main", "server"));
        command.addAll(flags);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** SIGKILL: no shutdown hook runs, the member vanishes mid-whatever. */
    synchronized void kill() {
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(10));
    }

    /** SIGTERM: the node's ordered shutdown (stop firing, finish runs, leave the cluster). */
    synchronized void leave() {
        process.destroy();
        waitForExit(Duration.ofSeconds(40));
    }

    synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    /** 200 on /health/ready: joined, catalog loaded, metadata store reachable. */
    boolean ready() {
        if (!alive()) {
            return false;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Ends the process whatever its state (for @AfterAll). */
    synchronized void destroy() {
        if (alive()) {
            kill();
        }
    }

    private void waitForExit(Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return name + (alive() ? "(pid " + process.pid() + ")" : "(down)");
    }
}

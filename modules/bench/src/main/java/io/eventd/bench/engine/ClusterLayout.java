package io.eventd.bench.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The settings of n eventd members on loopback against the bench database, as {@code eventd server} flags:
 * free cluster and HTTP ports, one cluster name, the member list, an admin password, no demo event.
 */
final class ClusterLayout {
    static final String ADMIN_PASSWORD = "bench-admin";

    private final List<Map<String, String>> members = new ArrayList<>();
    private final List<Integer> httpPorts = new ArrayList<>();

    ClusterLayout(int size, BenchDatabase database, Path dir, int runThreads) {
        Path adminPassword = write(dir.resolve("admin-password"), ADMIN_PASSWORD);
        Path targetPassword = write(dir.resolve("target-password"), database.server().password().reveal());
        List<Integer> clusterPorts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            clusterPorts.add(freePort());
            httpPorts.add(freePort());
        }
        String memberList = String.join(",", clusterPorts.stream().map(p -> "127.0.0.1:" + p).toList());
        String clusterName = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < size; i++) {
            Map<String, String> flags = new LinkedHashMap<>();
            flags.put("http-port", httpPorts.get(i).toString());
            flags.put("http-host", "127.0.0.1");
            flags.put("cluster-port", clusterPorts.get(i).toString());
            flags.put("cluster-name", clusterName);
            flags.put("members", memberList);
            flags.put("node-name", nodeName(i));
            flags.put("target-url", database.server().jdbcUrl());
            flags.put("target-user", database.server().user());
            flags.put("target-password-file", targetPassword.toString());
            flags.put("metadata-schema", BenchDatabase.METADATA_SCHEMA);
            flags.put("admin-password-file", adminPassword.toString());
            flags.put("demo-event", "off");
            flags.put("run-threads", Integer.toString(runThreads));
            members.add(flags);
        }
    }

    static String nodeName(int index) {
        return "node" + index;
    }

    int size() {
        return members.size();
    }

    Map<String, String> flags(int index) {
        return members.get(index);
    }

    int httpPort(int index) {
        return httpPorts.get(index);
    }

    private static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.eventd.server.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A node's configuration, typed and validated in one place from {@link Settings}.
 *
 * @param target   the server bodies run on; null = an embedded MariaDB started by eventd
 * @param metadata the server of eventd's own tables; null = the target
 */
public record NodeConfig(
        int httpPort,
        String httpHost,
        int clusterPort,
        String clusterName,
        List<String> members,
        boolean kubernetesDns,
        String serviceDns,
        int expectedMembers,
        String nodeName,
        Database target,
        Database metadata,
        String metadataSchema,
        Path adminPasswordFile,
        Path tlsKeyFile,
        Path tlsCertFile,
        Duration heartbeat,
        Duration maxNoHeartbeat,
        Duration bodyTimeout,
        int runThreads,
        Path dataDir,
        boolean demoEvent) {

    /** A MySQL server eventd connects to; the password is read from its file when connecting. */
    public record Database(String url, String user, Path passwordFile) {
    }

    public static NodeConfig from(Settings s) {
        Path adminPassword = s.readableFile(NodeOption.ADMIN_PASSWORD_FILE);
        String httpHost = s.isSet(NodeOption.HTTP_HOST) ? s.text(NodeOption.HTTP_HOST)
                : adminPassword == null ? "127.0.0.1" : "0.0.0.0";
        if (adminPassword == null && !isLoopback(httpHost)) {
            throw new SettingsException("--http-host " + httpHost + ": a node without --admin-password-file serves "
                    + "loopback only; give an admin password file or bind 127.0.0.1");
        }
        List<String> members = s.list(NodeOption.MEMBERS);
        boolean kubernetes = s.choice(NodeOption.DISCOVERY, "tcp-ip", "kubernetes-dns").equals("kubernetes-dns");
        if (kubernetes && !s.isSet(NodeOption.SERVICE_DNS)) {
            throw new SettingsException("--discovery kubernetes-dns needs --service-dns");
        }
        int expected = s.isSet(NodeOption.EXPECTED_MEMBERS) ? s.integer(NodeOption.EXPECTED_MEMBERS, 1, 1000)
                : Math.max(1, members.size());
        Database target = database(s, NodeOption.TARGET_URL, NodeOption.TARGET_USER, NodeOption.TARGET_PASSWORD_FILE,
                null);
        Database metadata = database(s, NodeOption.METADATA_URL, NodeOption.METADATA_USER,
                NodeOption.METADATA_PASSWORD_FILE, target);
        if (target == null && metadata != null) {
            throw new SettingsException("--metadata-url needs --target-url (the embedded server holds both)");
        }
        Duration heartbeat = s.seconds(NodeOption.HEARTBEAT_SECONDS, 1, 60);
        Duration maxNoHeartbeat = s.seconds(NodeOption.MAX_NO_HEARTBEAT_SECONDS, 2, 600);
        if (maxNoHeartbeat.compareTo(heartbeat) <= 0) {
            throw new SettingsException("--max-no-heartbeat-seconds must be longer than --heartbeat-seconds");
        }
        String demo = s.choice(NodeOption.DEMO_EVENT, "on", "off", "auto");
        Path tlsKey = s.readableFile(NodeOption.TLS_KEY_FILE);
        Path tlsCert = s.readableFile(NodeOption.TLS_CERT_FILE);
        if ((tlsKey == null) != (tlsCert == null)) {
            throw new SettingsException("HTTPS needs both --tls-key-file and --tls-cert-file");
        }
        return new NodeConfig(
                s.integer(NodeOption.HTTP_PORT, 0, 65535), httpHost,
                s.integer(NodeOption.CLUSTER_PORT, 1, 65535), s.text(NodeOption.CLUSTER_NAME), members, kubernetes,
                s.text(NodeOption.SERVICE_DNS), expected,
                s.isSet(NodeOption.NODE_NAME) ? s.text(NodeOption.NODE_NAME) : hostName(),
                target, metadata == null ? target : metadata, s.text(NodeOption.METADATA_SCHEMA), adminPassword,
                tlsKey, tlsCert,
                heartbeat, maxNoHeartbeat, s.seconds(NodeOption.BODY_TIMEOUT_SECONDS, 1, 86_400),
                s.integer(NodeOption.RUN_THREADS, 1, 256), Path.of(s.text(NodeOption.DATA_DIR)),
                demo.equals("on") || demo.equals("auto") && target == null);
    }

    /** Null when {@code url} is unset; user defaults to the fallback's, password file likewise. */
    private static Database database(Settings s, NodeOption url, NodeOption user, NodeOption password, Database fallback) {
        if (!s.isSet(url)) {
            return null;
        }
        if (!s.text(url).startsWith("jdbc:mysql:") && !s.text(url).startsWith("jdbc:mariadb:")) {
            throw new SettingsException(url.flag() + ": expected a jdbc:mysql:// URL, got '" + s.text(url) + "'");
        }
        String account = s.isSet(user) ? s.text(user) : fallback == null ? "" : fallback.user();
        if (account.isEmpty()) {
            throw new SettingsException(url.flag() + " needs " + user.flag());
        }
        Path file = s.readableFile(password);
        return new Database(s.text(url), account, file != null ? file : fallback == null ? null : fallback.passwordFile());
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new SettingsException("--http-host: unknown host '" + host + "'");
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "eventd";
        }
    }
}

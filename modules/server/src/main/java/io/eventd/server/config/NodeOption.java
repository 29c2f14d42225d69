package io.eventd.server.config;

import java.util.Locale;

/**
 * Every setting of {@code eventd server}: its flag ({@code --http-port}), its environment variable
 * ({@code EVENTD_HTTP_PORT}), its key in a config file ({@code http-port=8080}), default and meaning. This one list
 * feeds the command line, the help text and README's table (a test keeps them in step).
 */
public enum NodeOption {
    CONFIG("config", "", "a properties file of these settings (key = the flag without --)"),
    HTTP_PORT("http-port", "8080", "port of the HTTP API, metrics and health"),
    HTTP_HOST("http-host", "", "address the HTTP API binds to (default: 0.0.0.0 with an admin password, else "
            + "127.0.0.1: a node without credentials never serves the network)"),
    CLUSTER_PORT("cluster-port", "5701", "Hazelcast member port"),
    CLUSTER_NAME("cluster-name", "eventd", "members join only a cluster of the same name"),
    MEMBERS("members", "", "static member list host:port,host:port (empty: a single member)"),
    DISCOVERY("discovery", "tcp-ip", "tcp-ip (the member list) or kubernetes-dns"),
    SERVICE_DNS("service-dns", "", "headless service DNS name, for kubernetes-dns discovery"),
    EXPECTED_MEMBERS("expected-members", "", "planned cluster size; a side without its majority stops firing "
            + "(default: the size of the member list, else 1)"),
    NODE_NAME("node-name", "", "this member's name in history and metrics (default: the host name)"),
    TARGET_URL("target-url", "", "JDBC URL of the MySQL server bodies run on "
            + "(empty: an embedded MariaDB started by eventd)"),
    TARGET_USER("target-user", "", "account bodies run as"),
    TARGET_PASSWORD_FILE("target-password-file", "", "file holding that account's password"),
    METADATA_URL("metadata-url", "", "JDBC URL of the server holding eventd's own tables (default: the target)"),
    METADATA_USER("metadata-user", "", "account for the metadata server (default: the target user)"),
    METADATA_PASSWORD_FILE("metadata-password-file", "", "its password file (default: the target's)"),
    METADATA_SCHEMA("metadata-schema", "eventd", "schema of the catalog, claim and history tables"),
    ADMIN_PASSWORD_FILE("admin-password-file", "", "password of the bootstrap account root (HTTP Basic); "
            + "without it the node serves loopback only, as the embedded demo"),
    TLS_KEY_FILE("tls-key-file", "", "PEM private key: serve HTTPS (with --tls-cert-file)"),
    TLS_CERT_FILE("tls-cert-file", "", "PEM certificate chain for HTTPS"),
    HEARTBEAT_SECONDS("heartbeat-seconds", "1", "member heartbeat interval"),
    MAX_NO_HEARTBEAT_SECONDS("max-no-heartbeat-seconds", "5", "a member silent this long is dropped and its "
            + "events move"),
    BODY_TIMEOUT_SECONDS("body-timeout-seconds", "60", "longest run of one body"),
    RUN_THREADS("run-threads", "16", "threads running bodies on this member, each with its own target connection"),
    DATA_DIR("data-dir", "data", "folder of the embedded MariaDB's data (kept across restarts)"),
    DEMO_EVENT("demo-event", "auto", "create the demo event demo.heartbeat: on, off, or auto (on with the "
            + "embedded server)");

    private final String key;
    private final String defaultValue;
    private final String description;

    NodeOption(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** The key in a config file, and the flag without its leading dashes. */
    public String key() {
        return key;
    }

    public String flag() {
        return "--" + key;
    }

    public String env() {
        return "EVENTD_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The default as text; empty when there is none (or it is derived, as the description says). */
    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }
}

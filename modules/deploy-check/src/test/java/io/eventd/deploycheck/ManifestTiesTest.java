package io.eventd.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventd.server.config.NodeConfig;
import io.eventd.server.config.NodeOption;
import io.eventd.server.config.Settings;
import io.eventd.server.config.SettingsException;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every value of k8s/ that the server's code decides, checked against that code, in base and every overlay. */
class ManifestTiesTest {
    static List<Path> all() {
        return Kustomizations.all();
    }

    static List<Path> usableToday() {
        return Kustomizations.usableToday();
    }

    @ParameterizedTest
    @MethodSource("all")
    void selectorsOfEveryServiceAndBudgetMatchThePodLabels(Path dir) {
        EventdWorkload w = EventdWorkload.of(dir);
        Map<String, String> pod = w.podLabels();
        assertThat(pod).containsAllEntriesOf(w.statefulSet().getSpec().getSelector().getMatchLabels());
        for (Service service : w.manifests().all(Service.class)) {
            assertThat(pod).as(service.getMetadata().getName()).containsAllEntriesOf(service.getSpec().getSelector());
        }
        assertThat(pod).containsAllEntriesOf(
                w.manifests().one(PodDisruptionBudget.class, "eventd").getSpec().getSelector().getMatchLabels());
        w.pod().getTopologySpreadConstraints().forEach(t -> {
            assertThat(t.getTopologyKey()).isEqualTo("kubernetes.io/hostname");
            assertThat(pod).containsAllEntriesOf(t.getLabelSelector().getMatchLabels());
        });
        assertThat(w.pod().getTopologySpreadConstraints()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("all")
    void theHeadlessServiceIsTheDiscoveryNameInTheRenderedNamespace(Path dir) {
        EventdWorkload w = EventdWorkload.of(dir);
        String[] dns = w.setting(NodeOption.SERVICE_DNS.env()).split("\\.", 3);
        Service headless = w.manifests().one(Service.class, dns[0]);

        assertThat(dns[1]).as("namespace in EVENTD_SERVICE_DNS").isEqualTo(headless.getMetadata().getNamespace());
        assertThat(dns[2]).isEqualTo("svc.cluster.local");
        assertThat(headless.getSpec().getClusterIP()).isEqualTo("None");
        assertThat(headless.getSpec().getPublishNotReadyAddresses()).isTrue();
        assertThat(headless.getSpec().getPorts()).singleElement().satisfies(p -> {
            assertThat(p.getPort()).isEqualTo(Integer.parseInt(NodeOption.CLUSTER_PORT.defaultValue()));
            assertThat(p.getTargetPort().getStrVal()).isEqualTo("hazelcast");
        });
        assertThat(w.statefulSet().getSpec().getServiceName()).isEqualTo(dns[0]);
    }

    @ParameterizedTest
    @MethodSource("all")
    void containerPortsAreTheServersDefaultsAndTheConfiguredPorts(Path dir) {
        EventdWorkload w = EventdWorkload.of(dir);
        int http = Integer.parseInt(NodeOption.HTTP_PORT.defaultValue());
        int cluster = Integer.parseInt(NodeOption.CLUSTER_PORT.defaultValue());

        assertThat(w.port("http").getContainerPort()).isEqualTo(http);
        assertThat(w.port("hazelcast").getContainerPort()).isEqualTo(cluster);
        assertThat(w.setting(NodeOption.HTTP_PORT.env())).isEqualTo(String.valueOf(http));
        assertThat(w.setting(NodeOption.CLUSTER_PORT.env())).isEqualTo(String.valueOf(cluster));
        assertThat(w.manifests().one(Service.class, "eventd").getSpec().getPorts()).singleElement()
                .satisfies(p -> assertThat(p.getTargetPort().getStrVal()).isEqualTo("http"));
    }

    @ParameterizedTest
    @MethodSource("all")
    void everyConfigMapKeyIsANodeOption(Path dir) {
        EventdWorkload w = EventdWorkload.of(dir);
        List<String> known = Arrays.stream(NodeOption.values()).map(NodeOption::env).toList();
        assertThat(w.config().getData().keySet()).allSatisfy(k -> assertThat(known).contains(k));
        assertThat(w.container().getEnvFrom()).singleElement()
                .satisfies(e -> assertThat(e.getConfigMapRef().getName()).isEqualTo("eventd-config"));
    }

    @ParameterizedTest
    @MethodSource("usableToday")
    void theServerAcceptsThePodsSettings(Path dir, @TempDir Path secrets) throws IOException {
        EventdWorkload w = EventdWorkload.of(dir);
        NodeConfig node = NodeConfig.from(Settings.of(Map.of(), podEnvironment(w, secrets)));

        assertThat(node.kubernetesDns()).isTrue();
        assertThat(node.serviceDns()).isEqualTo(w.setting(NodeOption.SERVICE_DNS.env()));
        assertThat(node.expectedMembers()).as("EVENTD_EXPECTED_MEMBERS = replicas")
                .isEqualTo(w.statefulSet().getSpec().getReplicas());
        assertThat(node.httpHost()).isEqualTo("0.0.0.0");
        assertThat(node.adminPasswordFile()).isNotNull();
        assertThat(node.target().passwordFile()).isNotNull();
        assertThat(node.dataDir().toString()).isEqualTo(w.setting(NodeOption.DATA_DIR.env()));
    }

    @Test
    void theApiDiscoveryOverlayIsRefusedUntilTheServerHasThatMode(@TempDir Path secrets) throws IOException {
        EventdWorkload w = EventdWorkload.of(Kustomizations.API_DISCOVERY);
        Map<String, String> env = podEnvironment(w, secrets);

        // When this fails, the server learnt `--discovery kubernetes-api`: k8s/README.md must stop calling
        // the overlay "prepared for later", and the overlay moves to usableToday().
        assertThatThrownBy(() -> NodeConfig.from(Settings.of(Map.of(), env)))
                .isInstanceOf(SettingsException.class)
                .hasMessage("EVENTD_DISCOVERY: expected one of tcp-ip, kubernetes-dns, got 'kubernetes-api' "
                        + "(--discovery)");
    }

    @ParameterizedTest
    @MethodSource("all")
    void probesAskTheHealthRoutesOnTheHttpPort(Path dir) {
        Container c = EventdWorkload.of(dir).container();
        HTTPGetAction live = c.getLivenessProbe().getHttpGet();
        HTTPGetAction ready = c.getReadinessProbe().getHttpGet();
        HTTPGetAction startup = c.getStartupProbe().getHttpGet();

        assertThat(live.getPath()).isEqualTo(ServerContract.LIVE);
        assertThat(ready.getPath()).isEqualTo(ServerContract.READY);
        assertThat(ServerContract.HEALTH_ROUTES).contains(startup.getPath());
        assertThat(List.of(live, ready, startup)).allSatisfy(p -> assertThat(p.getPort().getStrVal()).isEqualTo("http"));
    }

    @ParameterizedTest
    @MethodSource("all")
    void passwordsAreFilesOfTheSecretMountedReadOnlyWhereTheSettingsPoint(Path dir) {
        EventdWorkload w = EventdWorkload.of(dir);
        for (NodeOption option : List.of(NodeOption.ADMIN_PASSWORD_FILE, NodeOption.TARGET_PASSWORD_FILE)) {
            Path file = Path.of(w.setting(option.env()));
            Volume volume = w.volumeHolding(file);

            assertThat(volume.getSecret()).as(option.env() + " comes from a Secret").isNotNull();
            assertThat(volume.getSecret().getItems()).as(file + " is an item of the Secret")
                    .anySatisfy(i -> assertThat(i.getPath()).isEqualTo(file.getFileName().toString()));
            assertThat(w.mountAt(file.getParent().toString()).getReadOnly()).isTrue();
        }
        assertThat(w.config().getData().keySet().stream().filter(k -> k.contains("PASSWORD")))
                .allSatisfy(k -> assertThat(k).endsWith("_PASSWORD_FILE"));
        assertThat(w.container().getEnv()).as("no env literals: settings come from the ConfigMap").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("all")
    void theGracePeriodCoversTheServersShutdownBudget(Path dir) {
        EventdWorkload w = EventdWorkload.of(dir);
        long grace = w.pod().getTerminationGracePeriodSeconds();

        assertThat(grace).isGreaterThanOrEqualTo(
                ServerContract.SHUTDOWN_BUDGET.plus(ServerContract.EXIT_MARGIN).toSeconds());
        assertThat(w.container().getLifecycle()).as("SIGTERM goes straight to the server: no preStop").isNull();
    }

    @ParameterizedTest
    @MethodSource("all")
    void theImageIsPinnedToTheProjectsReleaseVersion(Path dir) {
        String version = System.getProperty("eventd.version").replace("-SNAPSHOT", "");
        List<String> images = EventdWorkload.of(dir).pod().getContainers().stream().map(Container::getImage).toList();

        assertThat(images).allSatisfy(image -> assertThat(image).doesNotEndWith(":latest").contains(":"));
        assertThat(images).contains("eventd:" + version);
    }

    @ParameterizedTest
    @MethodSource("all")
    void aDisruptionTakesOneMemberAtATimeAndMembersStartInParallel(Path dir) {
        EventdWorkload w = EventdWorkload.of(dir);
        PodDisruptionBudget pdb = w.manifests().one(PodDisruptionBudget.class, "eventd");

        assertThat(pdb.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        assertThat(pdb.getSpec().getMinAvailable()).isNull();
        assertThat(w.statefulSet().getSpec().getPodManagementPolicy()).isEqualTo("Parallel");
        assertThat(w.container().getArgs()).containsExactly("server");
    }

    @ParameterizedTest
    @MethodSource("all")
    void podsRunAsTheImagesNonRootUserOnAReadOnlyRoot(Path dir) {
        EventdWorkload w = EventdWorkload.of(dir);
        PodSecurityContext pod = w.pod().getSecurityContext();
        SecurityContext container = w.container().getSecurityContext();

        assertThat(pod.getRunAsNonRoot()).isTrue();
        assertThat(pod.getRunAsUser()).isEqualTo(ServerContract.USER_ID);
        assertThat(pod.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(container.getRunAsNonRoot()).isTrue();
        assertThat(container.getRunAsUser()).isEqualTo(ServerContract.USER_ID);
        assertThat(container.getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getPrivileged()).isNotEqualTo(Boolean.TRUE);
        assertThat(container.getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(container.getCapabilities().getAdd()).isEmpty();
        for (String writable : List.of("/tmp", w.setting(NodeOption.DATA_DIR.env()))) {
            assertThat(w.volume(w.mountAt(writable).getName()).getEmptyDir()).as(writable).isNotNull();
        }
    }

    @ParameterizedTest
    @MethodSource("all")
    void everyContainerHasRequestsAndLimits(Path dir) {
        ResourceRequirements resources = EventdWorkload.of(dir).container().getResources();
        Map<String, ?> requests = resources.getRequests();
        Map<String, ?> limits = resources.getLimits();

        assertThat(requests).containsKeys("cpu", "memory");
        assertThat(limits).containsKeys("cpu", "memory");
        assertThat(limits.get("memory")).as("heap is a share of the limit: no overcommit").isEqualTo(requests.get("memory"));
    }

    @ParameterizedTest
    @MethodSource("usableToday")
    void podsWithoutApiDiscoveryCarryNoServiceAccountToken(Path dir) {
        EventdWorkload w = EventdWorkload.of(dir);
        ServiceAccount account = w.manifests().one(ServiceAccount.class, w.pod().getServiceAccountName());

        assertThat(account.getAutomountServiceAccountToken()).isFalse();
        assertThat(w.pod().getAutomountServiceAccountToken()).isFalse();
    }

    @Test
    void theBaseRunsThreeMembers() {
        EventdWorkload w = EventdWorkload.of(Kustomizations.BASE);
        assertThat(w.statefulSet().getSpec().getReplicas()).isEqualTo(3);
        assertThat(w.setting(NodeOption.EXPECTED_MEMBERS.env())).isEqualTo("3");
    }

    /** The environment the container gets (the image's, then the ConfigMap), secret files moved to a temp dir. */
    private static Map<String, String> podEnvironment(EventdWorkload w, Path secrets) throws IOException {
        Map<String, String> env = new HashMap<>(ServerContract.IMAGE_ENV);
        env.putAll(w.config().getData());
        Map<String, String> moved = env.entrySet().stream().filter(e -> e.getKey().endsWith("_PASSWORD_FILE"))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> secrets.resolve(Path.of(e.getValue()).getFileName())
                        .toString()));
        for (String file : moved.values()) {
            Files.writeString(Path.of(file), "secret\n");
        }
        env.putAll(moved);
        return env;
    }
}

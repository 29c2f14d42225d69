package io.eventd.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** deploy/prometheus/eventd-alerts.yaml uses only the metrics of the contract in deploy/prometheus/README.md. */
class AlertRulesTest {
    private static final Path RULES = Repo.path("deploy/prometheus/eventd-alerts.yaml");
    private static final Path CONTRACT = Repo.path("deploy/prometheus/README.md");
    /** PromQL words that are not metric names: functions, aggregations, operators, modifiers. */
    private static final Set<String> PROMQL = Set.of("sum", "max", "min", "avg", "count", "by", "without", "on",
            "ignoring", "group_left", "group_right", "and", "or", "unless", "rate", "irate", "increase", "delta",
            "time", "histogram_quantile", "absent", "absent_over_time", "max_over_time", "min_over_time", "offset",
            "bool", "vector", "clamp_min", "changes", "resets");
    private static final Set<String> HISTOGRAM_SUFFIXES = Set.of("_bucket", "_sum", "_count");
    /** Label matchers, grouping clauses, range selectors and string literals: nothing in them is a metric. */
    private static final Pattern NOT_METRICS = Pattern.compile(
            "\\{[^}]*}|\\b(?:by|without|on|ignoring)\\s*\\([^)]*\\)|\\[[^]]*]|\"[^\"]*\"");
    private static final Pattern IDENTIFIER = Pattern.compile("\\b[a-zA-Z_:][a-zA-Z0-9_:]*\\b");

    @Test
    void everyRuleHasADurationASeverityAndASummary() {
        List<Map<String, Object>> rules = rules();
        assertThat(rules).extracting(r -> r.get("alert")).contains("EventdEventLate", "EventdEventFailing",
                "EventdNoLeader", "EventdMinoritySide", "EventdMemberMissing").doesNotHaveDuplicates();
        for (Map<String, Object> rule : rules) {
            assertThat(rule).as(String.valueOf(rule.get("alert")))
                    .containsKeys("alert", "expr", "for", "labels", "annotations");
            assertThat((String) rule.get("for")).matches("\\d+[smh]");
            assertThat(Yaml.map(rule.get("labels"), "labels").get("severity")).isIn("warning", "critical");
            assertThat(Yaml.map(rule.get("annotations"), "annotations")).containsKeys("summary", "description");
        }
    }

    @Test
    void everyExpressionUsesOnlyContractMetrics() {
        Set<String> contract = contractMetrics();
        assertThat(contract).contains("eventd_executions_total", "eventd_start_delay_seconds",
                "eventd_cluster_members", "eventd_quorum_present", "eventd_event_next_fire_timestamp_seconds",
                "eventd_event_last_success_timestamp_seconds");
        for (Map<String, Object> rule : rules()) {
            for (String metric : metricsIn((String) rule.get("expr"))) {
                assertThat(contract).as(rule.get("alert") + " uses " + metric).contains(baseName(metric, contract));
            }
        }
    }

    @Test
    void theMetricScannerSeesThroughMatchersGroupingsAndRanges() {
        assertThat(metricsIn("histogram_quantile(0.99, sum by (job, le) (rate(x_bucket{outcome=\"a b\"}[5m]))) "
                + "> 1 and on(job) y == 0")).containsExactly("x_bucket", "y");
    }

    static List<String> metricsIn(String expr) {
        Matcher m = IDENTIFIER.matcher(NOT_METRICS.matcher(expr).replaceAll(" "));
        List<String> metrics = new ArrayList<>();
        while (m.find()) {
            if (!PROMQL.contains(m.group())) {
                metrics.add(m.group());
            }
        }
        return metrics;
    }

    private static String baseName(String metric, Set<String> contract) {
        return HISTOGRAM_SUFFIXES.stream().filter(metric::endsWith).map(s -> metric.substring(0, metric.length()
                - s.length())).filter(contract::contains).findFirst().orElse(metric);
    }

    /** The names in the first column of the README's table: {@code | `eventd_…` | type | …}. */
    private static Set<String> contractMetrics() {
        Matcher m = Pattern.compile("(?m)^\\| `(eventd_[a-z_]+)` \\|").matcher(read(CONTRACT));
        Set<String> names = new TreeSet<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static List<Map<String, Object>> rules() {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Object group : Yaml.list(Yaml.document(RULES).get("groups"), "groups")) {
            for (Object rule : Yaml.list(Yaml.map(group, "group").get("rules"), "rules")) {
                rules.add(Yaml.map(rule, "rule"));
            }
        }
        return rules;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.eventd.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A short burst of {@link SqlFuzz} in the default build; the long mode runs by command (docs/FAULTS.md). */
@Tag("fuzz")
class SqlFuzzTest {

    @Test
    void twentyThousandFuzzedStatementsGetWellFormedAnswersInTimeAndFailuresChangeNothing() throws Exception {
        SqlFuzz.Options options = SqlFuzz.Options.parse("--statements", "20000",
                "--seed", Long.getLong("fuzz.seed", 20260101L).toString());
        SqlFuzz.Report report;
        try (InProcessNode node = new InProcessNode(Path.of("target", "fuzz"))) {
            report = new SqlFuzz(options, node).run();
        }
        System.out.println("[fuzz] seed " + options.seed() + ": " + report.summary());
        assertThat(report.samples()).as(report.summary()).isEmpty();
        assertThat(report.violations()).isZero();
        assertThat(report.failedRequests()).as("the mutations reach the error paths").isGreaterThan(1_000);
        assertThat(report.requests() - report.failedRequests()).as("and the success paths").isGreaterThan(500);
    }
}

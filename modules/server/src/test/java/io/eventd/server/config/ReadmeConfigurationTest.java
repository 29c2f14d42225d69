package io.eventd.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** README's configuration table lists exactly the node's options, with their environment variables and defaults. */
class ReadmeConfigurationTest {
    @Test
    void theReadmeTableIsTheOptionList() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("../../README.md")).stream()
                .filter(line -> line.startsWith("| `--") && line.contains("` | `EVENTD_")).toList();
        List<String> expected = Arrays.stream(NodeOption.values())
                .map(o -> "| `" + o.flag() + "` | `" + o.env() + "` | "
                        + (o.defaultValue().isEmpty() ? "" : "`" + o.defaultValue() + "`") + " | ")
                .toList();
        assertThat(rows).hasSameSizeAs(expected);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i)).startsWith(expected.get(i));
        }
    }
}

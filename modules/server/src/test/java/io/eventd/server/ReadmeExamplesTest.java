package io.eventd.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Runs every {@code bin/eventd check} example of README.md (a console block: the command with a here-document,
 * then the expected output lines) and compares the output line by line.
 */
class ReadmeExamplesTest {
    private static final String PROMPT = "$ bin/eventd ";

    record Example(int line, List<String> args, String input, List<String> expected) {
    }

    @TestFactory
    Stream<DynamicTest> everyReadmeExampleAnswersAsDocumented() throws IOException {
        List<Example> examples = examples(Files.readAllLines(Path.of("../../README.md")));
        assertThat(examples).as("check examples in README.md").hasSizeGreaterThanOrEqualTo(5);
        return examples.stream().map(e -> DynamicTest.dynamicTest("README line " + e.line(), () -> {
            assertThat(run(e)).containsExactlyElementsOf(e.expected());
        }));
    }

    private static List<String> run(Example example) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream(example.input().getBytes(StandardCharsets.UTF_8));
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == CheckCommand.class ? type.cast(new CheckCommand(in, print))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        int exit = Main.run(factory, example.args().toArray(String[]::new));
        assertThat(exit).as("exit code").isZero();
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    static List<Example> examples(List<String> readme) {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            if (!line.startsWith(PROMPT) || !line.endsWith("<<'SQL'")) {
                continue;
            }
            int start = i;
            List<String> args = ShellWords.split(line.substring(PROMPT.length(), line.length() - "<<'SQL'".length()));
            StringBuilder input = new StringBuilder();
            for (i++; !readme.get(i).equals("SQL"); i++) {
                input.append(readme.get(i)).append('\n');
            }
            List<String> expected = new ArrayList<>();
            for (i++; !readme.get(i).startsWith("```"); i++) {
                expected.add(readme.get(i));
            }
            examples.add(new Example(start + 1, args, input.toString(), expected));
        }
        return examples;
    }

    /** Splits a command line into words the way a POSIX shell does for plain words and quoted strings. */
    static final class ShellWords {
        private ShellWords() {
        }

        static List<String> split(String line) {
            List<String> words = new ArrayList<>();
            StringBuilder word = null;
            char quote = 0;
            for (char c : line.toCharArray()) {
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else {
                        word.append(c);
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                    word = word == null ? new StringBuilder() : word;
                } else if (Character.isWhitespace(c)) {
                    if (word != null) {
                        words.add(word.toString());
                        word = null;
                    }
                } else {
                    word = word == null ? new StringBuilder() : word;
                    word.append(c);
                }
            }
            if (word != null) {
                words.add(word.toString());
            }
            return words;
        }
    }
}

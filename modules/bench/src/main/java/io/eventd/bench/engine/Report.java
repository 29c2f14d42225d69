package io.eventd.bench.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scenario's result: its parameters, the machine and its load, tables of figures, notes and charts. Written
 * as {@code result.json}, {@code result.md} and one SVG per chart into {@code <root>/<scenario>-<timestamp>/}.
 */
final class Report {
    private static final DateTimeFormatter FOLDER_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final String scenario;
    private final Instant started = Instant.now();
    private final Map<String, Object> parameters;
    private final String loadBefore = Machine.loadAverage();
    private final Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, String> charts = new LinkedHashMap<>();
    private final Path folder;

    Report(Path root, String scenario, Map<String, Object> parameters) {
        this.scenario = scenario;
        this.parameters = parameters;
        this.folder = root.resolve(scenario + "-" + FOLDER_STAMP.format(started));
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result folder, also where member logs go. */
    Path folder() {
        return folder;
    }

    /** Appends a row to the named table (created on first use; columns are the first row's keys). */
    void row(String table, Map<String, Object> row) {
        tables.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
        System.out.println(table + ": " + row);
    }

    void note(String note) {
        notes.add(note);
        System.out.println("note: " + note);
    }

    void chart(String fileName, String svg) {
        charts.put(fileName, svg);
    }

    /** Writes the three kinds of file and returns the folder. */
    Path write() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scenario", scenario);
        json.put("started", started.toString());
        json.put("finished", Instant.now().toString());
        json.put("parameters", parameters);
        json.put("machine", Machine.describe());
        json.put("load_before", loadBefore);
        json.put("load_after", Machine.loadAverage());
        json.put("tables", tables);
        json.put("notes", notes);
        json.put("charts", List.copyOf(charts.keySet()));
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(folder.resolve("result.json").toFile(), json);
            Files.writeString(folder.resolve("result.md"), markdown(json));
            for (Map.Entry<String, String> chart : charts.entrySet()) {
                Files.writeString(folder.resolve(chart.getKey()), chart.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("results in " + folder);
        return folder;
    }

    private String markdown(Map<String, Object> json) {
        StringBuilder md = new StringBuilder("## " + scenario + "\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| started | ").append(json.get("started")).append(" |\n");
        md.append("| finished | ").append(json.get("finished")).append(" |\n");
        ((Map<?, ?>) json.get("machine")).forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v)
                .append(" |\n"));
        md.append("| load (1/5/15 min) before | ").append(json.get("load_before")).append(" |\n");
        md.append("| load (1/5/15 min) after | ").append(json.get("load_after")).append(" |\n");
        parameters.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        tables.forEach((name, rows) -> {
            md.append("\n### ").append(name).append("\n\n");
            List<String> columns = new ArrayList<>(rows.get(0).keySet());
            md.append("| ").append(String.join(" | ", columns)).append(" |\n");
            md.append("|").append("---:|".repeat(columns.size())).append("\n");
            for (Map<String, Object> row : rows) {
                md.append("| ");
                for (String column : columns) {
                    md.append(row.get(column)).append(" | ");
                }
                md.append("\n");
            }
        });
        if (!notes.isEmpty()) {
            md.append("\n");
            notes.forEach(n -> md.append("- ").append(n).append("\n"));
        }
        charts.keySet().forEach(c -> md.append("\n![").append(c).append("](").append(c).append(")\n"));
        return md.toString();
    }
}

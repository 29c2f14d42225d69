package io.eventd.bench.peers;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well N jobs that should each run once per second did over a window of whole seconds [from, to): lateness of
 * every run scheduled in the window; per job, the seconds of the window with no run scheduled in them (missed) and
 * the runs beyond the first for one scheduled instant (duplicates).
 */
record Accuracy(Percentiles lateness, long expected, long missed, long duplicates, int jobsMissing,
                long maxMissedPerJob, long maxDuplicatesPerJob) {

    static Accuracy over(List<Firing> firings, List<String> jobs, long fromSecond, long toSecond) {
        Map<String, Set<Long>> secondsRun = new HashMap<>();
        Map<String, Set<Long>> instantsRun = new HashMap<>();
        Map<String, Long> duplicatesByJob = new HashMap<>();
        long[] lateness = firings.stream()
                .filter(f -> f.scheduledSecond() >= fromSecond && f.scheduledSecond() < toSecond)
                .peek(f -> {
                    secondsRun.computeIfAbsent(f.name(), n -> new HashSet<>()).add(f.scheduledSecond());
                    if (!instantsRun.computeIfAbsent(f.name(), n -> new HashSet<>()).add(f.scheduledMicros())) {
                        duplicatesByJob.merge(f.name(), 1L, Long::sum);
                    }
                })
                .mapToLong(Firing::latenessMicros)
                .toArray();
        long window = toSecond - fromSecond;
        long missed = 0;
        long maxMissed = 0;
        int jobsMissing = 0;
        for (String job : jobs) {
            long jobMissed = window - secondsRun.getOrDefault(job, Set.of()).size();
            missed += jobMissed;
            maxMissed = Math.max(maxMissed, jobMissed);
            jobsMissing += jobMissed > 0 ? 1 : 0;
        }
        long duplicates = duplicatesByJob.values().stream().mapToLong(Long::longValue).sum();
        long maxDuplicates = duplicatesByJob.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return new Accuracy(new Percentiles(lateness), window * jobs.size(), missed, duplicates, jobsMissing,
                maxMissed, maxDuplicates);
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("runs", lateness.count());
        map.put("lateness", lateness.summary());
        map.put("expected_seconds", expected);
        map.put("missed_seconds", missed);
        map.put("missed_percent", expected == 0 ? null : Math.round(missed * 10000.0 / expected) / 100.0);
        map.put("duplicate_runs", duplicates);
        map.put("jobs_with_missed_seconds", jobsMissing);
        map.put("max_missed_seconds_per_job", maxMissedPerJob);
        map.put("max_duplicate_runs_per_job", maxDuplicatesPerJob);
        return map;
    }
}

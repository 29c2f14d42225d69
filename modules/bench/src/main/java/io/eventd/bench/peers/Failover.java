package io.eventd.bench.peers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a SIGKILL of one instance did: per job, the gap from the kill to the job's first run after it (by any
 * instance), for all jobs and for the victim's jobs (those whose last run before the kill was on the victim). A job
 * with no run within the observation is counted as not resumed and left out of the gaps.
 */
record Failover(String victim, Percentiles allGaps, Percentiles victimGaps, int victimJobs, int notResumed,
                long observedMillis) {

    static Failover of(List<Firing> firings, List<String> jobs, String victim, long killMicros, long observedMillis) {
        Map<String, Firing> lastBefore = new HashMap<>();
        Map<String, Long> firstAfter = new HashMap<>();
        for (Firing firing : firings) {
            if (firing.firedMicros() < killMicros) {
                lastBefore.merge(firing.name(), firing, (a, b) -> a.firedMicros() >= b.firedMicros() ? a : b);
            } else {
                firstAfter.merge(firing.name(), firing.firedMicros(), Math::min);
            }
        }
        List<Long> all = new ArrayList<>();
        List<Long> ofVictim = new ArrayList<>();
        int victimJobs = 0;
        int notResumed = 0;
        for (String job : jobs) {
            Firing last = lastBefore.get(job);
            boolean victims = last != null && victim.equals(last.instance());
            victimJobs += victims ? 1 : 0;
            Long next = firstAfter.get(job);
            if (next == null) {
                notResumed++;
                continue;
            }
            all.add(next - killMicros);
            if (victims) {
                ofVictim.add(next - killMicros);
            }
        }
        return new Failover(victim, percentiles(all), percentiles(ofVictim), victimJobs, notResumed, observedMillis);
    }

    private static Percentiles percentiles(List<Long> gaps) {
        return new Percentiles(gaps.stream().mapToLong(Long::longValue).toArray());
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("victim", victim);
        map.put("observed_ms", observedMillis);
        map.put("gap_all_jobs", gapSummary(allGaps));
        map.put("victim_jobs", victimJobs);
        map.put("gap_victim_jobs", gapSummary(victimGaps));
        map.put("jobs_not_resumed_within_observation", notResumed);
        return map;
    }

    private static Map<String, Object> gapSummary(Percentiles gaps) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("jobs", gaps.count());
        map.put("p50_ms", gaps.millis(50));
        map.put("max_ms", gaps.maxMillis());
        return map;
    }
}

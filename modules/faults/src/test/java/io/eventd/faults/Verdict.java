package io.eventd.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The findings of {@link FiringLedger#verify}: every list must be empty. */
record Verdict(int claims, int historyRows, int bodyRows, Map<String, Long> statuses, long excusedMisses,
               long longestMissedRun, List<String> duplicateClaims, List<String> firingsRecordedTwice,
               List<String> runsWithTwoBodyRows, List<String> bodyRowsWithoutRun,
               List<String> successWithoutBodyRow, List<String> claimsWithoutHistory, List<String> unfinishedRuns,
               List<String> missed) {

    /** One line for logs and docs/FAULTS.md. */
    String summary() {
        return claims + " claims, " + historyRows + " history rows " + statuses + ", " + bodyRows + " body rows; "
                + excusedMisses + " missed inside excused windows (longest run " + longestMissedRun + " s); "
                + "duplicates: claims " + duplicateClaims.size() + ", firings " + firingsRecordedTwice.size()
                + ", bodies " + runsWithTwoBodyRows.size() + "; body rows without run " + bodyRowsWithoutRun.size()
                + ", SUCCESS without body " + successWithoutBodyRow.size() + ", claims without history "
                + claimsWithoutHistory.size() + ", unfinished " + unfinishedRuns.size() + ", missed " + missed.size();
    }

    static final class Builder {
        private final int claims;
        private final int historyRows;
        int bodyRows;
        final Map<String, Long> statuses = new TreeMap<>();
        long excusedMisses;
        long maxMissedRun;
        final List<String> duplicateClaims = new ArrayList<>();
        final List<String> firingsRecordedTwice = new ArrayList<>();
        final List<String> runsWithTwoBodyRows = new ArrayList<>();
        final List<String> bodyRowsWithoutRun = new ArrayList<>();
        final List<String> successWithoutBodyRow = new ArrayList<>();
        final List<String> claimsWithoutHistory = new ArrayList<>();
        final List<String> unfinishedRuns = new ArrayList<>();
        final List<String> missed = new ArrayList<>();

        Builder(int claims, int historyRows) {
            this.claims = claims;
            this.historyRows = historyRows;
        }

        Verdict build() {
            return new Verdict(claims, historyRows, bodyRows, statuses, excusedMisses, maxMissedRun, duplicateClaims,
                    firingsRecordedTwice, runsWithTwoBodyRows, bodyRowsWithoutRun, successWithoutBodyRow,
                    claimsWithoutHistory, unfinishedRuns, missed);
        }
    }
}

package io.eventd.core.history;

/** Outcome of one firing (DESIGN invariant 6). */
public enum ExecutionStatus {
    /** The body is running now. */
    RUNNING,
    /** The body ran to the end. */
    SUCCESS,
    /** The body failed; the record carries MySQL's code, SQLSTATE and message. */
    FAILED,
    /** The firing was not run (previous run still going, definer lost its privilege, …); the reason says why. */
    SKIPPED,
    /** The node running the body died or lost its claim before the run ended. */
    ABANDONED,
    /** A failed attempt that will be tried again. */
    RETRYING;

    public boolean isFinal() {
        return this != RUNNING && this != RETRYING;
    }
}

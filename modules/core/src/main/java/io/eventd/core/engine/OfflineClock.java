package io.eventd.core.engine;

/** A clock that only moves when told to (offline check and tests). */
public final class OfflineClock implements Clock {
    private volatile long now;

    public OfflineClock(long start) {
        this.now = start;
    }

    @Override
    public long now() {
        return now;
    }

    public void set(long instant) {
        now = instant;
    }
}

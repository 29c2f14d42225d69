package io.eventd.core.engine;

/**
 * Cluster-wide counts of executed statements ({@code Com_*} of SHOW STATUS). Like MySQL, a statement counts once it
 * is parsed and dispatched, whether it then succeeds or fails.
 */
public interface StatementCounters {

    void increment(CountedStatement statement);

    long value(CountedStatement statement);
}

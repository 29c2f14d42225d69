package io.eventd.core.engine;

class LocalStatementCountersTest extends StatementCountersContract {
    @Override
    protected StatementCounters fresh() {
        return new LocalStatementCounters();
    }
}

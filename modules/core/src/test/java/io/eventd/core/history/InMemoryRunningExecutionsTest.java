package io.eventd.core.history;

class InMemoryRunningExecutionsTest extends RunningExecutionsContract {
    @Override
    protected RunningExecutions empty() {
        return new InMemoryRunningExecutions();
    }
}

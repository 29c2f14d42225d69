package io.eventd.core.catalog;

class InMemoryAccountStoreTest extends AccountStoreContract {
    @Override
    protected AccountStore emptyStore() {
        return new InMemoryAccountStore();
    }
}

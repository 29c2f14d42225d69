package io.eventd.cluster.front;

import io.eventd.core.catalog.AccountStore;
import io.eventd.core.catalog.AccountStoreContract;

/** The accounts map passes core's contract; the store answers on the second member. */
class ClusterAccountStoreContractTest extends AccountStoreContract {
    @Override
    protected AccountStore emptyStore() {
        FrontCluster.node(0).hazelcast().getMap(FrontMaps.ACCOUNTS).clear();
        return FrontCluster.door(1).accounts();
    }
}

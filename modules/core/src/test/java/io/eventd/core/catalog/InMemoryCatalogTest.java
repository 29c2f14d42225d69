package io.eventd.core.catalog;

class InMemoryCatalogTest extends CatalogContract {
    @Override
    protected Catalog emptyCatalog() {
        return new InMemoryCatalog();
    }
}

package io.eventd.jdbc.store;

import java.sql.SQLException;

/** The metadata schema could not be read or written; carries the driver's SQLException. */
public final class MetadataStoreException extends RuntimeException {
    public MetadataStoreException(String message, SQLException cause) {
        super(message, cause);
    }
}

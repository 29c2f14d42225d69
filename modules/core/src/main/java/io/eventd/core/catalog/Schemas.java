package io.eventd.core.catalog;

import java.util.List;

/** The databases (schemas) events may live in. Names compare exactly (lower_case_table_names=0). */
public interface Schemas {

    boolean exists(String schema);

    /** Adds a schema; false when it already existed. */
    boolean create(String schema);

    /** Removes a schema; false when it did not exist. */
    boolean drop(String schema);

    /** Every schema, sorted. */
    List<String> list();
}

package io.eventd.core.sql;

import io.eventd.core.sql.ast.QualifiedName;

/** Reads names with MySQL's parse-time checks. */
final class Names {
    private Names() {
    }

    /** {@code [db.]name} of an event: the schema checked like a database name, the name by sp_check_name. */
    static QualifiedName eventName(TokenCursor in) {
        String first = in.identifier();
        if (!in.acceptOperator(".")) {
            return new QualifiedName(null, NameRules.checkEventName(first));
        }
        String name = in.identifier();
        return new QualifiedName(NameRules.checkSchemaName(first), NameRules.checkEventName(name));
    }

    static String schemaName(TokenCursor in) {
        return NameRules.checkSchemaName(in.identifier());
    }
}

package io.eventd.core.engine;

import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.sql.ast.Statement;

/** USE, CREATE DATABASE and DROP DATABASE (which drops the schema's events). */
final class DatabaseStatements {
    private DatabaseStatements() {
    }

    static StatementResult use(Statement.Use use, StatementRun run) {
        if (!run.engine().schemas().exists(use.schema())) {
            throw new SqlException(MysqlErrors.unknownDatabase(use.schema()));
        }
        run.session().setDatabase(use.schema());
        return StatementResult.ok(run.notes());
    }

    /** 1007, or Note 1007 with IF NOT EXISTS. */
    static StatementResult create(Statement.CreateDatabase create, StatementRun run) {
        if (!run.engine().schemas().create(create.schema())) {
            if (!create.ifNotExists()) {
                throw new SqlException(MysqlErrors.databaseExists(create.schema()));
            }
            run.note(MysqlErrors.databaseExists(create.schema()));
        }
        return StatementResult.ok(run.notes());
    }

    /** 1008, or Note 1008 with IF EXISTS; drops the schema's events and deselects it if it was current. */
    static StatementResult drop(Statement.DropDatabase drop, StatementRun run) {
        String schema = drop.schema();
        if (!run.engine().schemas().exists(schema)) {
            if (!drop.ifExists()) {
                throw new SqlException(MysqlErrors.cannotDropMissingDatabase(schema));
            }
            run.note(MysqlErrors.cannotDropMissingDatabase(schema));
            return StatementResult.ok(run.notes());
        }
        for (EventDefinition event : run.engine().catalog().dropSchema(schema)) {
            run.engine().scheduler().changed(event.key(), null, run.now());
        }
        run.engine().schemas().drop(schema);
        if (schema.equals(run.session().database())) {
            run.session().setDatabase(null);
        }
        return StatementResult.ok(run.notes());
    }
}

package io.eventd.core.sql;

import io.eventd.core.event.Account;
import io.eventd.core.event.OnCompletion;
import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.sql.ast.DefinerClause;
import io.eventd.core.sql.ast.QualifiedName;
import io.eventd.core.sql.ast.ScheduleClause;
import io.eventd.core.sql.ast.Statement;
import io.eventd.core.sql.ast.StatusClause;
import io.eventd.core.sql.expr.Expr;

/**
 * CREATE / ALTER / DROP EVENT with MySQL's fixed clause order: schedule, completion, [RENAME TO], status, comment,
 * DO. The cursor starts after {@code CREATE [DEFINER = …]} / {@code ALTER [DEFINER = …]} / {@code DROP}.
 */
final class EventStatementParser {
    private final TokenCursor in;
    private final ExpressionParser expressions;

    EventStatementParser(TokenCursor in) {
        this.in = in;
        this.expressions = new ExpressionParser(in);
    }

    /** {@code DEFINER = {CURRENT_USER[()] | user[@host]}}, the cursor on DEFINER; host omitted means {@code %}. */
    static DefinerClause definer(TokenCursor in) {
        in.expectWord("DEFINER");
        in.expectOperator("=");
        if (in.acceptWord("CURRENT_USER")) {
            if (in.acceptOperator("(")) {
                in.expectOperator(")");
            }
            return DefinerClause.CURRENT_USER;
        }
        Account account = AccountStatementParser.account(in);
        return new DefinerClause(account.user(), account.host());
    }

    Statement.CreateEvent create(DefinerClause definer) {
        in.expectWord("EVENT");
        boolean ifNotExists = false;
        if (in.acceptWord("IF")) {
            in.expectWord("NOT");
            in.expectWord("EXISTS");
            ifNotExists = true;
        }
        QualifiedName name = Names.eventName(in);
        in.expectWord("ON");
        in.expectWord("SCHEDULE");
        ScheduleClause schedule = schedule();
        OnCompletion onCompletion = onCompletion();
        StatusClause status = status();
        String comment = comment();
        in.expectWord("DO");
        String body = body();
        return new Statement.CreateEvent(definer, ifNotExists, name, schedule, onCompletion, status, comment, body);
    }

    Statement.AlterEvent alter(DefinerClause definer) {
        in.expectWord("EVENT");
        QualifiedName name = Names.eventName(in);
        ScheduleClause schedule = null;
        if (in.peekWord("ON") && in.peek(1).isWord("SCHEDULE")) {
            in.next();
            in.next();
            schedule = schedule();
        }
        OnCompletion onCompletion = onCompletion();
        QualifiedName renameTo = null;
        if (in.acceptWord("RENAME")) {
            in.expectWord("TO");
            renameTo = Names.eventName(in);
        }
        StatusClause status = status();
        String comment = comment();
        String body = in.acceptWord("DO") ? body() : null;
        if (schedule == null && onCompletion == null && renameTo == null && status == null && comment == null
                && body == null) {
            throw in.error();
        }
        if (body == null) {
            in.expectStatementEnd();
        }
        return new Statement.AlterEvent(definer, name, schedule, onCompletion, renameTo, status, comment, body);
    }

    Statement.DropEvent drop() {
        in.expectWord("EVENT");
        boolean ifExists = false;
        if (in.acceptWord("IF")) {
            in.expectWord("EXISTS");
            ifExists = true;
        }
        QualifiedName name = Names.eventName(in);
        in.expectStatementEnd();
        return new Statement.DropEvent(ifExists, name);
    }

    /** {@code AT expr | EVERY expr unit [STARTS expr] [ENDS expr]}. */
    private ScheduleClause schedule() {
        if (in.acceptWord("AT")) {
            return new ScheduleClause.At(expressions.parseExpr());
        }
        in.expectWord("EVERY");
        Expr value = expressions.parseExpr();
        IntervalUnit unit = expressions.intervalUnit();
        Expr starts = in.acceptWord("STARTS") ? expressions.parseExpr() : null;
        Expr ends = in.acceptWord("ENDS") ? expressions.parseExpr() : null;
        return new ScheduleClause.Every(value, unit, starts, ends);
    }

    private OnCompletion onCompletion() {
        if (!in.acceptWord("ON")) {
            return null;
        }
        in.expectWord("COMPLETION");
        boolean not = in.acceptWord("NOT");
        in.expectWord("PRESERVE");
        return not ? OnCompletion.NOT_PRESERVE : OnCompletion.PRESERVE;
    }

    private StatusClause status() {
        if (in.acceptWord("ENABLE")) {
            return StatusClause.ENABLE;
        }
        if (!in.acceptWord("DISABLE")) {
            return null;
        }
        if (!in.acceptWord("ON")) {
            return StatusClause.DISABLE;
        }
        if (in.acceptWord("SLAVE")) {
            return StatusClause.DISABLE_ON_SLAVE;
        }
        in.expectWord("REPLICA");
        return StatusClause.DISABLE_ON_REPLICA;
    }

    private String comment() {
        if (!in.acceptWord("COMMENT")) {
            return null;
        }
        if (in.peek().type() != TokenType.STRING) {
            throw in.error();
        }
        return in.next().value();
    }

    private String body() {
        String body = BodyScanner.scan(in);
        in.expectStatementEnd();
        return body;
    }
}

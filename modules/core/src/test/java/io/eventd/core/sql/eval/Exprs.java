package io.eventd.core.sql.eval;

import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.sql.expr.Expr;
import io.eventd.core.sql.expr.Expr.BinaryOp;
import java.util.List;

/** Short builders for expression trees in tests (the parser is written elsewhere). */
final class Exprs {
    private Exprs() {
    }

    static Expr str(String s) {
        return new Expr.StringLiteral(s);
    }

    static Expr num(String text) {
        return new Expr.NumberLiteral(text);
    }

    static Expr nul() {
        return new Expr.NullLiteral();
    }

    static Expr call(String name, Expr... args) {
        return new Expr.FunctionCall(name, List.of(args));
    }

    static Expr now() {
        return call("NOW");
    }

    static Expr.IntervalValue interval(Expr value, IntervalUnit unit) {
        return new Expr.IntervalValue(value, unit);
    }

    static Expr bin(BinaryOp op, Expr left, Expr right) {
        return new Expr.Binary(op, left, right);
    }

    static Expr plus(Expr left, Expr right) {
        return bin(BinaryOp.PLUS, left, right);
    }

    static Expr minus(Expr left, Expr right) {
        return bin(BinaryOp.MINUS, left, right);
    }

    static Expr var(String name) {
        return new Expr.UserVariable(name);
    }

    static Expr col(String name) {
        return new Expr.Column(null, name);
    }
}

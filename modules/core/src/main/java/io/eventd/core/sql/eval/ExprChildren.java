package io.eventd.core.sql.eval;

import io.eventd.core.sql.expr.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The direct sub-expressions of an expression, for walks that must not recurse. */
final class ExprChildren {
    private ExprChildren() {
    }

    static List<Expr> of(Expr e) {
        if (e instanceof Expr.FunctionCall f) {
            return f.args();
        } else if (e instanceof Expr.IntervalValue i) {
            return List.of(i.value());
        } else if (e instanceof Expr.Binary b) {
            return List.of(b.left(), b.right());
        } else if (e instanceof Expr.Unary u) {
            return List.of(u.operand());
        } else if (e instanceof Expr.Like l) {
            return present(l.value(), l.pattern(), l.escape());
        } else if (e instanceof Expr.IsNull n) {
            return List.of(n.value());
        } else if (e instanceof Expr.In in) {
            List<Expr> all = new ArrayList<>(in.list());
            all.add(in.value());
            return all;
        } else if (e instanceof Expr.Between b) {
            return List.of(b.value(), b.low(), b.high());
        } else if (e instanceof Expr.Subquery q) {
            return present(q.constantValue());
        } else if (e instanceof Expr.RowValue r) {
            return r.items();
        } else if (e instanceof Expr.Case c) {
            List<Expr> all = new ArrayList<>(present(c.operand(), c.otherwise()));
            all.addAll(c.whens());
            all.addAll(c.thens());
            return all;
        }
        return List.of();
    }

    private static List<Expr> present(Expr... exprs) {
        return Stream.of(exprs).filter(Objects::nonNull).toList();
    }
}

package io.eventd.core.error;

/**
 * Errors of eventd's own, for things MySQL accepts but eventd cannot honour exactly, or that MySQL has no
 * statement for. Codes 7900–7999, SQLSTATE HY000, messages prefixed {@code eventd:}. Documented in README.md.
 */
public final class EventdErrors {
    private EventdErrors() {
    }

    private static SqlError of(int code, String message) {
        return new SqlError(code, "HY000", "eventd: " + message);
    }

    /** 7901: a schedule expression MySQL would evaluate but eventd does not (never a wrong time). */
    public static SqlError unsupportedExpression(String what) {
        return of(7901, "cannot evaluate " + what + " in a schedule expression; "
                + "use a literal, NOW(), INTERVAL arithmetic, DATE_ADD/DATE_SUB or a user variable");
    }

    /** 7902: a statement MySQL has but eventd does not serve. */
    public static SqlError unsupportedStatement(String what) {
        return of(7902, "statement not supported by eventd: " + what);
    }

    /** 7903: a query over information_schema.EVENTS outside the documented subset. */
    public static SqlError unsupportedQuery(String what) {
        return of(7903, "query not supported over information_schema.EVENTS: " + what);
    }

    /** 7906: an expression nested deeper than the evaluator follows (MySQL would run out of thread stack). */
    public static SqlError expressionTooDeep(int limit) {
        return of(7906, "expression nested deeper than " + limit + " levels");
    }

    /** 7907: this side of a split cluster sees too few members to change anything; retry once the cluster heals. */
    public static SqlError noQuorum() {
        return of(7907, "no quorum: this node sees too few cluster members to accept a change; retry later");
    }
}

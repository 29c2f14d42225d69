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

    /** 7910: an HTTP request the front door cannot read (malformed JSON, a missing field, a bad parameter). */
    public static SqlError badHttpRequest(String what) {
        return of(7910, "bad request: " + what);
    }

    /** 7911: an HTTP request body larger than the configured limit. */
    public static SqlError httpBodyTooLarge(long limitBytes) {
        return of(7911, "request body larger than " + limitBytes + " bytes");
    }

    /** 7912: an HTTP request body of a content type the route does not take. */
    public static SqlError unsupportedContentType(String contentType, String accepted) {
        return of(7912, "unsupported content type '" + contentType + "'; send " + accepted);
    }

    /** 7913: an HTTP path no route serves. */
    public static SqlError unknownRoute(String path) {
        return of(7913, "no such resource: " + path);
    }

    /** 7914: an HTTP method the route does not serve. */
    public static SqlError methodNotAllowed(String method, String path) {
        return of(7914, "method " + method + " not allowed on " + path);
    }
}

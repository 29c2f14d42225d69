package io.eventd.http.impl;

import io.eventd.core.catalog.AccountDirectory;
import io.eventd.core.catalog.Authenticator;
import io.eventd.core.engine.Clock;
import io.eventd.core.error.MysqlErrors;
import io.eventd.core.event.Account;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/**
 * Who sends the request: HTTP Basic (checked by core's {@link Authenticator}), a bearer token from
 * {@code POST /v1/tokens}, or, on the loopback-only embedded demo, nobody at all (treated as root). Anything else
 * is 401 with error 1045 and a Basic challenge.
 */
final class Authentication {
    private static final String ACCOUNT_KEY = "eventd.account";
    private static final String BASIC = "basic ";
    private static final String BEARER = "bearer ";

    private final Authenticator authenticator;
    private final BearerTokens tokens;
    private final Clock clock;
    private final boolean anonymousIsRoot;
    private final Workers workers;

    Authentication(Authenticator authenticator, BearerTokens tokens, Clock clock, boolean anonymousIsRoot,
                   Workers workers) {
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.clock = clock;
        this.anonymousIsRoot = anonymousIsRoot;
        this.workers = workers;
    }

    /** Any credentials (Basic, bearer, anonymous loopback). */
    void any(RoutingContext ctx) {
        authenticate(ctx, true);
    }

    /** Basic credentials only: a token cannot mint tokens, nor can an anonymous demo caller. */
    void basicOnly(RoutingContext ctx) {
        authenticate(ctx, false);
    }

    static Account account(RoutingContext ctx) {
        return ctx.get(ACCOUNT_KEY);
    }

    private void authenticate(RoutingContext ctx, boolean anyKind) {
        String header = ctx.request().getHeader("Authorization");
        String client = ctx.request().remoteAddress().hostAddress();
        String lower = header == null ? "" : header.toLowerCase(Locale.ROOT);
        if (lower.startsWith(BASIC)) {
            workers.run(ctx, () -> basic(header.substring(BASIC.length()).trim(), client), account -> accept(ctx, account));
        } else if (anyKind && lower.startsWith(BEARER)) {
            String token = header.substring(BEARER.length()).trim();
            workers.run(ctx, () -> tokens.accountOf(token, clock.now())
                    .orElseThrow(() -> denied("", client, true)), account -> accept(ctx, account));
        } else if (anyKind && header == null && anonymousIsRoot) {
            accept(ctx, AccountDirectory.ROOT);
        } else {
            Replies.failure(ctx, denied("", client, false));
        }
    }

    private Account basic(String encoded, String client) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw denied("", client, false);
        }
        String credentials = new String(decoded, StandardCharsets.UTF_8);
        Arrays.fill(decoded, (byte) 0);
        int colon = credentials.indexOf(':');
        if (colon < 0) {
            throw denied(credentials, client, false);
        }
        char[] password = credentials.substring(colon + 1).toCharArray();
        try {
            return authenticator.authenticate(credentials.substring(0, colon), client, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private void accept(RoutingContext ctx, Account account) {
        ctx.put(ACCOUNT_KEY, account);
        ctx.next();
    }

    private static HttpProblem denied(String user, String client, boolean usingPassword) {
        return new HttpProblem(401, MysqlErrors.accessDenied(user, client, usingPassword));
    }
}

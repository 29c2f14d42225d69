package io.eventd.http.impl;

import io.eventd.core.engine.Clock;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /v1/tokens}: a bearer token for the Basic-authenticated caller. */
final class TokenRoute {
    private final BearerTokens tokens;
    private final Clock clock;
    private final Workers workers;

    TokenRoute(BearerTokens tokens, Clock clock, Workers workers) {
        this.tokens = tokens;
        this.clock = clock;
        this.workers = workers;
    }

    void handle(RoutingContext ctx) {
        var caller = Authentication.account(ctx);
        workers.run(ctx, () -> {
            long now = clock.now();
            BearerTokens.Issued issued = tokens.issue(caller, now);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("token", issued.token());
            json.put("token_type", "Bearer");
            json.put("expires_at", JsonShapes.utc(issued.expiresAt()));
            json.put("expires_in", issued.expiresAt() - now);
            return json;
        }, json -> Replies.json(ctx, 201, json));
    }
}

package io.eventd.http.impl;

import io.eventd.core.error.EventdErrors;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a request body's content type (415) and reads it up to the limit (413). A body over the limit is answered
 * at once and the rest of it is discarded as it arrives, so the connection stays in step.
 */
final class RequestBody {
    private static final String BODY_KEY = "eventd.body";

    private final long limit;

    RequestBody(long limit) {
        this.limit = limit;
    }

    /** The media type without parameters, lower case; empty when the request has no Content-Type. */
    static String mediaType(RoutingContext ctx) {
        String header = ctx.request().getHeader("Content-Type");
        if (header == null) {
            return "";
        }
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** A handler refusing media types outside {@code accepted} (the empty string stands for no Content-Type). */
    static void requireType(RoutingContext ctx, Set<String> accepted, String description) {
        String type = mediaType(ctx);
        if (accepted.contains(type)) {
            ctx.next();
        } else {
            Replies.failure(ctx, new HttpProblem(415, EventdErrors.unsupportedContentType(type, description)));
        }
    }

    static String text(RoutingContext ctx) {
        return ctx.<Buffer>get(BODY_KEY).toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Reads the whole body into the context, or answers 413. */
    void read(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String declared = request.getHeader("Content-Length");
        if (declared != null && declaredTooLarge(declared)) {
            tooLarge(ctx);
        }
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (ctx.response().ended()) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                tooLarge(ctx);
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.endHandler(end -> {
            if (!ctx.response().ended()) {
                ctx.put(BODY_KEY, body);
                ctx.next();
            }
        });
    }

    private boolean declaredTooLarge(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void tooLarge(RoutingContext ctx) {
        Replies.failure(ctx, new HttpProblem(413, EventdErrors.httpBodyTooLarge(limit)));
    }
}

package io.eventd.http.impl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlError;
import io.eventd.core.error.SqlException;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes responses: JSON bodies, and errors as {@code {"error":{"code":…,"sqlstate":"…","message":"…"}}}. */
final class Replies {
    static final String JSON = "application/json; charset=utf-8";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final System.Logger LOG = System.getLogger(Replies.class.getName());

    private Replies() {
    }

    static void json(RoutingContext ctx, int status, Object body) {
        send(ctx, status, toJson(body));
    }

    static void send(RoutingContext ctx, int status, String json) {
        HttpServerResponse response = ctx.response();
        if (response.ended()) {
            return;
        }
        response.setStatusCode(status).putHeader("Content-Type", JSON).end(json);
    }

    static void error(RoutingContext ctx, int status, SqlError error) {
        if (!ctx.response().ended()) {
            addHeadersOf(ctx.response(), error);
            send(ctx, status, errorJson(error));
        }
    }

    /** What an error tells the client beyond its body: the Basic challenge for 1045, when to retry for 7907. */
    static void addHeadersOf(HttpServerResponse response, SqlError error) {
        if (error.code() == 1045) {
            response.putHeader("WWW-Authenticate", ErrorStatus.BASIC_CHALLENGE);
        } else if (ErrorStatus.of(error) == 503) {
            response.putHeader("Retry-After", ErrorStatus.RETRY_AFTER_SECONDS);
        }
    }

    /** Answers a failure of a handler or of blocking work: its own status, a mapped SQL error, or 500 / 1105. */
    static void failure(RoutingContext ctx, Throwable failure) {
        if (failure instanceof HttpProblem problem) {
            error(ctx, problem.status(), problem.error());
        } else if (failure instanceof SqlException e) {
            error(ctx, ErrorStatus.of(e.error()), e.error());
        } else {
            LOG.log(System.Logger.Level.ERROR, "request " + ctx.request().method() + " " + ctx.request().path()
                    + " failed", failure);
            error(ctx, 500, MysqlErrors.unknownError());
        }
    }

    static String errorJson(SqlError error) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", error.code());
        fields.put("sqlstate", error.sqlState());
        fields.put("message", error.message());
        return toJson(Map.of("error", fields));
    }

    private static String toJson(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

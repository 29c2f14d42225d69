package io.eventd.core.sql;

import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * A position in a statement's tokens, limited to {@code [from, limit)}: the token at {@code limit} (the END token,
 * or the closing parenthesis of a subquery) stops every read. Builds MySQL's 1064 messages.
 */
final class TokenCursor {
    private final String source;
    private final List<Token> tokens;
    private final int limit;
    private int pos;
    private int[] closingParens;

    TokenCursor(String source, List<Token> tokens) {
        this(source, tokens, 0, tokens.size() - 1);
    }

    private TokenCursor(String source, List<Token> tokens, int from, int limit) {
        this.source = source;
        this.tokens = tokens;
        this.pos = from;
        this.limit = limit;
    }

    /** A cursor over tokens {@code [from, limit)} of the same statement. */
    TokenCursor slice(int from, int sliceLimit) {
        TokenCursor slice = new TokenCursor(source, tokens, from, sliceLimit);
        slice.closingParens = closingParens;
        return slice;
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, limit));
    }

    Token next() {
        Token token = peek();
        if (pos < limit) {
            pos++;
        }
        return token;
    }

    boolean atEnd() {
        return pos >= limit;
    }

    int position() {
        return pos;
    }

    void seek(int position) {
        pos = Math.min(position, limit);
    }

    Token tokenAt(int index) {
        return tokens.get(Math.min(index, limit));
    }

    boolean peekWord(String keyword) {
        return peek().isWord(keyword);
    }

    boolean acceptWord(String keyword) {
        if (peekWord(keyword)) {
            next();
            return true;
        }
        return false;
    }

    void expectWord(String keyword) {
        if (!acceptWord(keyword)) {
            throw error();
        }
    }

    boolean peekOperator(String operator) {
        return peek().isOperator(operator);
    }

    boolean acceptOperator(String operator) {
        if (peekOperator(operator)) {
            next();
            return true;
        }
        return false;
    }

    void expectOperator(String operator) {
        if (!acceptOperator(operator)) {
            throw error();
        }
    }

    /** The end of a statement: an optional {@code ;}, then nothing. */
    void expectStatementEnd() {
        acceptOperator(";");
        if (!atEnd()) {
            throw error();
        }
    }

    /** A name: a quoted identifier or an unreserved word. */
    String identifier() {
        if (!peek().isIdentifier()) {
            throw error();
        }
        return next().value();
    }

    /** The current token's value upper-cased when it is a word, else "". */
    String peekKeyword(int ahead) {
        Token token = peek(ahead);
        return token.type() == TokenType.WORD ? token.value().toUpperCase(Locale.ROOT) : "";
    }

    /** The source text of tokens {@code [from, to)}. */
    String text(int from, int to) {
        return source.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** Index of the {@code )} closing the {@code (} at {@code open}, or -1 when it is never closed. */
    int closingParen(int open) {
        if (closingParens == null) {
            closingParens = matchParens();
        }
        return closingParens[open];
    }

    private int[] matchParens() {
        int[] match = new int[tokens.size()];
        Arrays.fill(match, -1);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isOperator("(")) {
                open.push(i);
            } else if (tokens.get(i).isOperator(")") && !open.isEmpty()) {
                match[open.pop()] = i;
            }
        }
        return match;
    }

    /** 1064 at the current token. */
    SqlException error() {
        return errorAt(peek());
    }

    /** 1064 {@code near '<rest of the statement from token>' at line <token's line>}. */
    SqlException errorAt(Token token) {
        String rest = token.type() == TokenType.END ? "" : source.substring(token.start());
        return new SqlException(MysqlErrors.parseError(rest, token.line()));
    }
}

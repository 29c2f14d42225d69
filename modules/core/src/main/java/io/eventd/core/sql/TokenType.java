package io.eventd.core.sql;

/** Kinds of MySQL tokens. Keywords are {@link #WORD}s: the parser compares them case-insensitively. */
public enum TokenType {
    /** An unquoted identifier or keyword. */
    WORD,
    /** A backtick-quoted identifier; value without quotes, doubled backticks resolved. */
    QUOTED_IDENT,
    /** A quoted string (adjacent literals concatenated); value with escapes resolved. */
    STRING,
    /** An integer, decimal or exponent number; value as written. */
    NUMBER,
    /** {@code 0x1F} or {@code X'1F'}; value as written. */
    HEX,
    /** {@code @name}, {@code @'name'}, {@code @`name`}; value is the name. */
    USER_VARIABLE,
    /** {@code @@name}, {@code @@global.name}; value is the text after {@code @@} with quotes removed. */
    SYSTEM_VARIABLE,
    /** Punctuation and operators; value as written. */
    OPERATOR,
    /** Input the lexer cannot read (unterminated string, quote or comment); text runs to the end. */
    ERROR,
    /** End of input. */
    END
}

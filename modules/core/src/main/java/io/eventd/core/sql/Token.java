package io.eventd.core.sql;

/**
 * One token: {@code text} is the source slice, {@code value} its meaning (see {@link TokenType}), {@code start}
 * the offset in the statement text and {@code line} its 1-based line.
 */
public record Token(TokenType type, String text, String value, int start, int line) {

    public int end() {
        return start + text.length();
    }

    public boolean isWord(String keyword) {
        return type == TokenType.WORD && value.equalsIgnoreCase(keyword);
    }

    public boolean isOperator(String operator) {
        return type == TokenType.OPERATOR && text.equals(operator);
    }

    /** An identifier usable as a name: a quoted identifier or a word that is not reserved. */
    public boolean isIdentifier() {
        return type == TokenType.QUOTED_IDENT || (type == TokenType.WORD && !ReservedWords.contains(value));
    }
}

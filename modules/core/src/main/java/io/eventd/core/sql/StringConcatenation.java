package io.eventd.core.sql;

import java.util.ArrayList;
import java.util.List;

/** MySQL concatenates adjacent string literals ({@code 'a' 'b'} is {@code 'ab'}); done here, after lexing. */
final class StringConcatenation {
    private StringConcatenation() {
    }

    static List<Token> apply(String source, List<Token> tokens) {
        List<Token> merged = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            Token last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.type() == TokenType.STRING && token.type() == TokenType.STRING) {
                merged.set(merged.size() - 1, new Token(TokenType.STRING, source.substring(last.start(), token.end()),
                        last.value() + token.value(), last.start(), last.line()));
            } else {
                merged.add(token);
            }
        }
        return merged;
    }
}

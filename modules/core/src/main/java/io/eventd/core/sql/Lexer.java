package io.eventd.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * MySQL 8.0's lexer, as far as eventd needs it: every token keeps its offset and line so that 1064 messages
 * can quote the rest of the statement. Executable comments {@code /*! … *}{@code /} and
 * {@code /*!NNNNN … *}{@code /} are lexed as SQL when NNNNN is at most {@value #SERVER_VERSION}; other comments
 * (hints included) are skipped. Input it cannot read ends in one {@link TokenType#ERROR} token; the list always
 * ends with an {@link TokenType#END} token.
 */
public final class Lexer {
    /** The MySQL version executable comments are compared with (8.0.39). */
    static final int SERVER_VERSION = 80039;

    private static final String[] OPERATORS = {
        "<=>", "->>", "<=", ">=", "<>", "!=", ":=", "<<", ">>", "&&", "||", "->", "@@"
    };

    private final String src;
    private final LineCounter lines;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private boolean inExecutableComment;

    private Lexer(String src) {
        this.src = src;
        this.lines = new LineCounter(src);
    }

    public static List<Token> tokenize(String text) {
        return StringConcatenation.apply(text, new Lexer(text).run());
    }

    private List<Token> run() {
        while (skipSpaceAndComments() && pos < src.length()) {
            if (lexToken().type() == TokenType.ERROR) {
                break;
            }
        }
        tokens.add(new Token(TokenType.END, "", "", src.length(), lines.lineAt(src.length())));
        return tokens;
    }

    /** Skips whitespace and comments; false (after adding an ERROR token) on an unterminated comment. */
    private boolean skipSpaceAndComments() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (isSpace(c)) {
                pos++;
            } else if (c == '#' || Comments.isDashDash(src, pos)) {
                int eol = src.indexOf('\n', pos);
                pos = eol < 0 ? src.length() : eol;
            } else if (src.startsWith("/*!", pos)) {
                if (!executableComment()) {
                    return false;
                }
            } else if (src.startsWith("/*", pos)) {
                if (!skipComment()) {
                    return false;
                }
            } else if (inExecutableComment && src.startsWith("*/", pos)) {
                inExecutableComment = false;
                pos += 2;
            } else {
                return true;
            }
        }
        return true;
    }

    private boolean executableComment() {
        int afterBang = pos + 3;
        int version = versionAt(afterBang);
        if (version > SERVER_VERSION) {
            return skipComment();
        }
        inExecutableComment = true;
        pos = version < 0 ? afterBang : afterBang + 5;
        return true;
    }

    private int versionAt(int i) {
        if (i + 5 > src.length()) {
            return -1;
        }
        for (int k = i; k < i + 5; k++) {
            if (!isDigit(src.charAt(k))) {
                return -1;
            }
        }
        return Integer.parseInt(src.substring(i, i + 5));
    }

    private boolean skipComment() {
        int close = src.indexOf("*/", pos + 2);
        if (close < 0) {
            add(TokenType.ERROR, pos, src.length(), src.substring(pos));
            return false;
        }
        pos = close + 2;
        return true;
    }

    private Token lexToken() {
        char c = src.charAt(pos);
        char next = pos + 1 < src.length() ? src.charAt(pos + 1) : 0;
        if (c == '\'' || c == '"') {
            return string(pos, pos);
        }
        if (c == '`') {
            return quotedIdentifier(TokenType.QUOTED_IDENT, pos);
        }
        if ((c == 'x' || c == 'X') && next == '\'') {
            return hexString();
        }
        if ((c == 'n' || c == 'N') && next == '\'') {
            return string(pos, pos + 1);
        }
        if (isDigit(c) || (c == '.' && isDigit(next) && !afterName())) {
            return number();
        }
        if (isIdentChar(c)) {
            return word(pos);
        }
        if (c == '@') {
            return at();
        }
        return operator();
    }

    private Token string(int start, int quoteAt) {
        char quote = src.charAt(quoteAt);
        StringBuilder value = new StringBuilder();
        int i = quoteAt + 1;
        while (i < src.length()) {
            char ch = src.charAt(i);
            if (ch == '\\' && i + 1 < src.length()) {
                appendEscape(value, src.charAt(i + 1));
                i += 2;
            } else if (ch == quote && i + 1 < src.length() && src.charAt(i + 1) == quote) {
                value.append(quote);
                i += 2;
            } else if (ch == quote) {
                return add(TokenType.STRING, start, i + 1, value.toString());
            } else {
                value.append(ch);
                i++;
            }
        }
        return add(TokenType.ERROR, start, src.length(), src.substring(start));
    }

    /** MySQL's backslash escapes; {@code \%} and {@code \_} keep their backslash (they are LIKE escapes). */
    private static void appendEscape(StringBuilder value, char escaped) {
        switch (escaped) {
            case '0' -> value.append('\0');
            case 'b' -> value.append('\b');
            case 'n' -> value.append('\n');
            case 'r' -> value.append('\r');
            case 't' -> value.append('\t');
            case 'Z' -> value.append('\u001A');
            case '%', '_' -> value.append('\\').append(escaped);
            default -> value.append(escaped);
        }
    }

    private Token quotedIdentifier(TokenType type, int start) {
        int open = start + (type == TokenType.QUOTED_IDENT ? 0 : 1);
        String name = readQuotedName(open);
        if (name == null) {
            return add(TokenType.ERROR, start, src.length(), src.substring(start));
        }
        return add(type, start, pos, name);
    }

    /** Reads a quoted name whose opening quote is at {@code open}, leaving pos after it; null if unterminated. */
    private String readQuotedName(int open) {
        char quote = src.charAt(open);
        if (quote != '`') {
            Token s = string(open, open);
            tokens.remove(tokens.size() - 1);
            pos = s.end();
            return s.type() == TokenType.STRING ? s.value() : null;
        }
        StringBuilder name = new StringBuilder();
        int i = open + 1;
        while (i < src.length()) {
            char ch = src.charAt(i);
            if (ch == '`' && i + 1 < src.length() && src.charAt(i + 1) == '`') {
                name.append('`');
                i += 2;
            } else if (ch == '`') {
                pos = i + 1;
                return name.toString();
            } else {
                name.append(ch);
                i++;
            }
        }
        return null;
    }

    private Token hexString() {
        int close = src.indexOf('\'', pos + 2);
        if (close < 0) {
            return add(TokenType.ERROR, pos, src.length(), src.substring(pos));
        }
        if (!HexLiteral.validQuoted(src.substring(pos + 2, close))) {
            return add(TokenType.ERROR, pos, close + 1, src.substring(pos, close + 1));
        }
        return add(TokenType.HEX, pos, close + 1, src.substring(pos, close + 1));
    }

    private Token number() {
        int start = pos;
        int i = pos;
        if (src.startsWith("0x", i) || src.startsWith("0X", i)) {
            int end = i + 2;
            while (end < src.length() && Character.digit(src.charAt(end), 16) >= 0) {
                end++;
            }
            if (end > i + 2 && (end == src.length() || !isIdentChar(src.charAt(end)))) {
                return add(TokenType.HEX, start, end, src.substring(start, end));
            }
        }
        i = digits(i);
        boolean fraction = i < src.length() && src.charAt(i) == '.';
        if (fraction) {
            i = digits(i + 1);
        }
        i = exponent(i);
        if (!fraction && i < src.length() && isIdentChar(src.charAt(i))) {
            return word(start);
        }
        return add(TokenType.NUMBER, start, i, src.substring(start, i));
    }

    private int digits(int i) {
        while (i < src.length() && isDigit(src.charAt(i))) {
            i++;
        }
        return i;
    }

    private int exponent(int i) {
        if (i >= src.length() || (src.charAt(i) != 'e' && src.charAt(i) != 'E')) {
            return i;
        }
        int j = i + 1;
        if (j < src.length() && (src.charAt(j) == '+' || src.charAt(j) == '-')) {
            j++;
        }
        return j < src.length() && isDigit(src.charAt(j)) ? digits(j) : i;
    }

    /** An identifier or keyword; identifiers may start with digits (but are not all digits). */
    private Token word(int start) {
        int end = start;
        while (end < src.length() && isIdentChar(src.charAt(end))) {
            end++;
        }
        String text = src.substring(start, end);
        return add(TokenType.WORD, start, end, text);
    }

    private Token at() {
        int start = pos;
        if (src.startsWith("@@", start)) {
            return systemVariable(start);
        }
        if (afterAdjacentName(start)) {
            // 'user'@'host' and user@host: '@' separates the account parts, then a host name follows.
            add(TokenType.OPERATOR, start, start + 1, "@");
            return hostName();
        }
        int nameStart = start + 1;
        if (nameStart < src.length() && "'\"`".indexOf(src.charAt(nameStart)) >= 0) {
            return quotedIdentifier(TokenType.USER_VARIABLE, start);
        }
        int end = nameStart;
        while (end < src.length() && (isIdentChar(src.charAt(end)) || src.charAt(end) == '.')) {
            end++;
        }
        if (end == nameStart) {
            return add(TokenType.OPERATOR, start, nameStart, "@");
        }
        return add(TokenType.USER_VARIABLE, start, end, src.substring(nameStart, end));
    }

    private Token hostName() {
        int end = pos;
        while (end < src.length() && (isIdentChar(src.charAt(end)) || src.charAt(end) == '.')) {
            end++;
        }
        if (end == pos) {
            return tokens.get(tokens.size() - 1);
        }
        return add(TokenType.WORD, pos, end, src.substring(pos, end));
    }

    private Token systemVariable(int start) {
        StringBuilder name = new StringBuilder();
        pos = start + 2;
        while (true) {
            String part = namePart();
            if (part == null) {
                break;
            }
            name.append(part);
            if (pos + 1 < src.length() && src.charAt(pos) == '.'
                    && (isIdentChar(src.charAt(pos + 1)) || src.charAt(pos + 1) == '`')) {
                name.append('.');
                pos++;
            } else {
                break;
            }
        }
        if (name.isEmpty() || name.charAt(name.length() - 1) == '.') {
            return add(TokenType.OPERATOR, start, start + 2, "@@");
        }
        return add(TokenType.SYSTEM_VARIABLE, start, pos, name.toString());
    }

    /** One plain or backtick-quoted name part at pos (pos moves past it), or null. */
    private String namePart() {
        if (pos < src.length() && src.charAt(pos) == '`') {
            return readQuotedName(pos);
        }
        int end = pos;
        while (end < src.length() && isIdentChar(src.charAt(end))) {
            end++;
        }
        if (end == pos) {
            return null;
        }
        String part = src.substring(pos, end);
        pos = end;
        return part;
    }

    private Token operator() {
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                return add(TokenType.OPERATOR, pos, pos + op.length(), op);
            }
        }
        int width = Character.charCount(src.codePointAt(pos));
        return add(TokenType.OPERATOR, pos, pos + width, src.substring(pos, pos + width));
    }

    private boolean afterName() {
        if (tokens.isEmpty()) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        return last.end() == pos && (last.type() == TokenType.WORD || last.type() == TokenType.QUOTED_IDENT);
    }

    private boolean afterAdjacentName(int at) {
        if (tokens.isEmpty()) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        return last.end() == at && (last.type() == TokenType.WORD || last.type() == TokenType.QUOTED_IDENT
                || last.type() == TokenType.STRING);
    }

    private Token add(TokenType type, int start, int end, String value) {
        Token token = new Token(type, src.substring(start, end), value, start, lines.lineAt(start));
        tokens.add(token);
        pos = end;
        return token;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Letters, digits, {@code _}, {@code $} and any non-ASCII character make up unquoted identifiers. */
    static boolean isIdentChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c == '$' || c >= 0x80;
    }
}

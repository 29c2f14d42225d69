package io.eventd.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<Token> lex(String text) {
        List<Token> tokens = Lexer.tokenize(text);
        return tokens.subList(0, tokens.size() - 1);
    }

    private static List<String> values(String text) {
        return lex(text).stream().map(Token::value).toList();
    }

    private static List<TokenType> types(String text) {
        return lex(text).stream().map(Token::type).toList();
    }

    @Test
    void wordsKeepTheirSpellingAndMatchKeywordsInAnyCase() {
        Token t = lex("sElEcT").get(0);
        assertThat(t.type()).isEqualTo(TokenType.WORD);
        assertThat(t.value()).isEqualTo("sElEcT");
        assertThat(t.isWord("SELECT")).isTrue();
    }

    @Test
    void backtickIdentifiersUndoubleBackticks() {
        Token t = lex("`a``b c`").get(0);
        assertThat(t.type()).isEqualTo(TokenType.QUOTED_IDENT);
        assertThat(t.value()).isEqualTo("a`b c");
    }

    @Test
    void stringsResolveMysqlEscapes() {
        assertThat(values("'a\\nb\\t\\0\\\\\\'\\\"\\Zx'")).containsExactly("a\nb\t\0\\'\"\u001Ax");
        assertThat(values("'50\\%\\_'")).containsExactly("50\\%\\_");
        assertThat(values("'it''s' \"say \"\"hi\"\"\"")).containsExactly("it'ssay \"hi\"");
        assertThat(values("'\\q'")).containsExactly("q");
    }

    @Test
    void adjacentStringsConcatenate() {
        List<Token> tokens = lex("'a' /* c */ 'b'\n\"c\"");
        assertThat(tokens).hasSize(1);
        assertThat(tokens.get(0).value()).isEqualTo("abc");
        assertThat(tokens.get(0).start()).isZero();
    }

    @Test
    void numbers() {
        assertThat(lex("1 1.5 .5 1e3 1.5E-3 20380101000000")).extracting(Token::type).containsOnly(TokenType.NUMBER);
        assertThat(values("1.5E-3")).containsExactly("1.5E-3");
        assertThat(types("0x1F X'0A' x'ff' X''")).containsOnly(TokenType.HEX);
        // An odd number of digits, or what is not a digit, is a syntax error in MySQL.
        assertThat(types("X'1'")).containsExactly(TokenType.ERROR);
        assertThat(types("X'Europe/Berlin'")).containsExactly(TokenType.ERROR);
        assertThat(types("1abc")).containsExactly(TokenType.WORD);
        assertThat(values("1e")).containsExactly("1e");
    }

    @Test
    void operatorsTakeTheLongestMatch() {
        assertThat(values("<=> <= >= <> != := < > = + - * / % ( ) , . ; ! ||"))
                .containsExactly("<=>", "<=", ">=", "<>", "!=", ":=", "<", ">", "=", "+", "-", "*", "/", "%", "(", ")",
                        ",", ".", ";", "!", "||");
    }

    @Test
    void userVariables() {
        assertThat(lex("@a @'b c' @`d` @\"e\" @x.y")).extracting(Token::type).containsOnly(TokenType.USER_VARIABLE);
        assertThat(values("@a @'b c' @`d` @\"e\" @x.y")).containsExactly("a", "b c", "d", "e", "x.y");
    }

    @Test
    void systemVariables() {
        assertThat(values("@@event_scheduler @@global.event_scheduler @@SESSION.time_zone @@local.x"))
                .containsExactly("event_scheduler", "global.event_scheduler", "SESSION.time_zone", "local.x");
        assertThat(types("@@x")).containsExactly(TokenType.SYSTEM_VARIABLE);
    }

    @Test
    void accountNamesSplitAtTheAtSign() {
        assertThat(values("'root'@'localhost'")).containsExactly("root", "@", "localhost");
        assertThat(values("`u`@`h`")).containsExactly("u", "@", "h");
        assertThat(values("u@127.0.0.1")).containsExactly("u", "@", "127.0.0.1");
        assertThat(types("u@h")).containsExactly(TokenType.WORD, TokenType.OPERATOR, TokenType.WORD);
    }

    @Test
    void commentsAreSkipped() {
        assertThat(values("a -- x\nb # y\nc /* z */ d --")).containsExactly("a", "b", "c", "d");
        assertThat(values("a--b")).containsExactly("a", "-", "-", "b");
        assertThat(values("SELECT /*+ BKA(t) */ 1")).containsExactly("SELECT", "1");
    }

    @Test
    void executableCommentsAreLexedUpToThisVersion() {
        assertThat(values("SELECT /*! 1 */, /*!50001 2 */, /*!80039 3 */")).containsExactly("SELECT", "1", ",", "2",
                ",", "3");
        assertThat(values("SELECT 1 /*!80040 , 2 */")).containsExactly("SELECT", "1");
        assertThat(values("SELECT 1 /*!90000 , 2 */")).containsExactly("SELECT", "1");
    }

    @Test
    void tokensKnowTheirOffsetAndLine() {
        List<Token> tokens = lex("a\n  b\n\nc");
        assertThat(tokens).extracting(Token::line).containsExactly(1, 2, 4);
        assertThat(tokens).extracting(Token::start).containsExactly(0, 4, 7);
    }

    @Test
    void unterminatedInputEndsInOneErrorToken() {
        assertThat(lex("a 'bc")).extracting(Token::type).containsExactly(TokenType.WORD, TokenType.ERROR);
        assertThat(lex("a 'bc").get(1).text()).isEqualTo("'bc");
        assertThat(types("a `b")).containsExactly(TokenType.WORD, TokenType.ERROR);
        assertThat(types("a /* b")).containsExactly(TokenType.WORD, TokenType.ERROR);
    }

    @Test
    void endTokenSitsAtTheEndOfTheText() {
        List<Token> tokens = Lexer.tokenize("a\n");
        Token end = tokens.get(tokens.size() - 1);
        assertThat(end.type()).isEqualTo(TokenType.END);
        assertThat(end.start()).isEqualTo(2);
        assertThat(end.line()).isEqualTo(2);
    }
}

package io.eventd.core.sql;

import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Finds where an event body ({@code DO …}) ends without parsing its statements: a single statement runs to the
 * first {@code ;} or the end; a compound statement ({@code [label:] BEGIN … END}, IF, CASE, LOOP, WHILE, REPEAT)
 * to its matching END, tracking nested blocks, CASE expressions, labels and DECLARE … HANDLER actions. Rejects
 * nested event DDL with a body (1576) as MySQL's grammar does.
 */
final class BodyScanner {
    private enum Block { BEGIN, IF, CASE, LOOP, WHILE, REPEAT, CASE_EXPRESSION }

    private record Open(Block block, String label) {
    }

    private static final Set<String> LABELLED = Set.of("BEGIN", "LOOP", "WHILE", "REPEAT");
    private static final Set<String> HANDLER_KINDS = Set.of("CONTINUE", "EXIT", "UNDO");

    private final TokenCursor in;
    private final Deque<Open> open = new ArrayDeque<>();
    private boolean statementStart = true;

    private BodyScanner(TokenCursor in) {
        this.in = in;
    }

    /** Scans the body starting at the cursor, leaves the cursor after it and returns its text as written. */
    static String scan(TokenCursor in) {
        int first = in.position();
        Token t = in.peek();
        if (t.type() != TokenType.WORD && t.type() != TokenType.QUOTED_IDENT && !t.isOperator("(")) {
            throw in.error();
        }
        new BodyScanner(in).run();
        return in.text(first, in.position());
    }

    /** Whether an event DDL ({@code CREATE|ALTER [DEFINER = …] EVENT}) starts at {@code ahead} tokens on. */
    static boolean eventDdlAt(TokenCursor in, int ahead) {
        int k = ahead + 1;
        if (in.peek(k).isWord("DEFINER") && in.peek(k + 1).isOperator("=")) {
            k += 3;
            if (in.peek(k).isOperator("@")) {
                k += 2;
            } else if (in.peek(k).isOperator("(")) {
                k += 2;
            }
        }
        return in.peek(k).isWord("EVENT");
    }

    private void run() {
        while (true) {
            Token t = in.peek();
            if (t.type() == TokenType.ERROR || (t.type() == TokenType.END && !open.isEmpty())) {
                throw in.error();
            }
            if (t.type() == TokenType.END || (t.isOperator(";") && open.isEmpty())) {
                return;
            }
            if (t.isOperator(";")) {
                if (open.peek().block() == Block.CASE_EXPRESSION) {
                    throw in.error();
                }
                in.next();
                statementStart = true;
            } else if (t.type() != TokenType.WORD && !isLabel()) {
                statementStart = false;
                in.next();
            } else {
                boolean atStart = statementStart;
                statementStart = false;
                if (!(atStart && startStatement()) && keyword(atStart) && open.isEmpty()) {
                    return;
                }
            }
        }
    }

    private boolean isLabel() {
        return statementStart && in.peek().type() == TokenType.QUOTED_IDENT && in.peek(1).isOperator(":");
    }

    /**
     * Handles the word (or label) at the start of a statement when it opens a compound statement or a handler
     * (true); rejects forbidden event DDL; returns false to let {@link #keyword(boolean)} treat the word.
     */
    private boolean startStatement() {
        String label = null;
        if (in.peek(1).isOperator(":") && LABELLED.contains(in.peekKeyword(2))) {
            label = in.next().value();
            in.next();
        }
        String word = in.peekKeyword(0);
        switch (word) {
            case "BEGIN" -> {
                in.next();
                if (in.peekWord("NOT") && in.peek(1).isWord("ATOMIC")) {
                    in.next();
                    in.next();
                }
                openBlock(Block.BEGIN, label, true);
            }
            case "IF", "CASE", "WHILE" -> {
                in.next();
                openBlock(Block.valueOf(word), label, false);
            }
            case "LOOP", "REPEAT" -> {
                in.next();
                openBlock(Block.valueOf(word), label, true);
            }
            case "DECLARE" -> declare();
            case "CREATE", "ALTER" -> {
                checkNestedEventDdl(word);
                return false;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void openBlock(Block block, String label, boolean statementsFollow) {
        open.push(new Open(block, label));
        statementStart = statementsFollow;
    }

    /** {@code DECLARE {CONTINUE|EXIT|UNDO} HANDLER FOR conditions statement}: the action is a statement. */
    private void declare() {
        in.next();
        statementStart = false;
        if (!HANDLER_KINDS.contains(in.peekKeyword(0)) || !in.peek(1).isWord("HANDLER") || !in.peek(2).isWord("FOR")) {
            return;
        }
        in.next();
        in.next();
        in.next();
        do {
            if (in.acceptWord("SQLSTATE")) {
                in.acceptWord("VALUE");
            } else {
                in.acceptWord("NOT");
            }
            in.next();
        } while (in.acceptOperator(","));
        statementStart = true;
    }

    /** CREATE EVENT is forbidden in a body; ALTER EVENT only when it has a DO clause of its own. */
    private void checkNestedEventDdl(String verb) {
        if (!eventDdlAt(in, 0)) {
            return;
        }
        if (verb.equals("CREATE")) {
            throw new SqlException(MysqlErrors.recursionForbidden());
        }
        for (int k = 1; ; k++) {
            Token t = in.peek(k);
            if (t.type() == TokenType.END || t.isOperator(";")) {
                return;
            }
            if (t.isWord("DO")) {
                throw new SqlException(MysqlErrors.recursionForbidden());
            }
        }
    }

    /** Treats a word inside a statement; returns true when it closed a compound statement. */
    private boolean keyword(boolean atStart) {
        Token t = in.peek();
        Block top = open.isEmpty() ? null : open.peek().block();
        if (t.isWord("END") && (top != null || atStart)) {
            return close();
        }
        in.next();
        if (t.isWord("CASE")) {
            open.push(new Open(Block.CASE_EXPRESSION, null));
        } else if (t.isWord("THEN") || t.isWord("ELSE")) {
            statementStart = top == Block.IF || top == Block.CASE;
        } else if (t.isWord("DO")) {
            statementStart = top == Block.WHILE;
        }
        return false;
    }

    /** Closes the innermost block at its END; true when it was a compound statement. */
    private boolean close() {
        if (open.isEmpty()) {
            throw in.error();
        }
        Open top = open.pop();
        in.next();
        if (top.block() == Block.CASE_EXPRESSION) {
            return false;
        }
        if (top.block() != Block.BEGIN) {
            in.expectWord(top.block().name());
        }
        Token after = in.peek();
        if (top.label() != null && (after.type() == TokenType.WORD || after.type() == TokenType.QUOTED_IDENT)
                && after.value().equalsIgnoreCase(top.label())) {
            in.next();
        }
        if (!open.isEmpty() && !in.peekOperator(";")) {
            throw in.error();
        }
        return true;
    }
}

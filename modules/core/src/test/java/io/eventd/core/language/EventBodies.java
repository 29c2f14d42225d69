package io.eventd.core.language;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Event bodies as users write them: single statements whose strings, quoted names and comments hold {@code ;} and
 * {@code END}, and compound statements (BEGIN … END, IF, CASE, LOOP, WHILE, REPEAT, handlers, labels) nested a few
 * levels deep.
 */
final class EventBodies {
    /** Single statements; each may close a block or stand alone as a whole body. */
    static final List<String> SIMPLE = List.of(
            "SELECT 1",
            "INSERT INTO t VALUES ('a;b', \"END\", 'it''s', 'back\\\\slash; END', 'q\\'uote;')",
            "UPDATE t SET c = 'END IF; END' WHERE id = 1",
            "SET @x = CASE WHEN @x IS NULL THEN 0 ELSE @x + 1 END",
            "SELECT `end`, `;`, `a``b` FROM `t;END`",
            "DELETE FROM t /* END; */ WHERE c = 'END LOOP'",
            "SELECT 1 -- trailing; END\n",
            "# END; comment first\nSELECT 2",
            "SELECT 'ünïcødé ; 中文 😀', N'end;'",
            "CALL p('END', \"x\"\";\")",
            "DROP EVENT IF EXISTS other_e",
            "ALTER EVENT other_e DISABLE",
            "SELECT CASE @y WHEN 1 THEN 'END CASE;' END FROM dual",
            "DO SLEEP(0)");

    private static final List<String> LABELS = List.of("l1", "`outer; END loop`", "Lbl_2");

    private EventBodies() {
    }

    /** A whole body: one statement or a compound statement. */
    static Arbitrary<String> body() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, simple()),
                Tuple.of(3, compound(3)));
    }

    private static Arbitrary<String> simple() {
        return Arbitraries.of(SIMPLE);
    }

    private static Arbitrary<String> compound(int depth) {
        Arbitrary<String> inner = depth == 0 ? simple()
                : Arbitraries.lazy(() -> Arbitraries.oneOf(simple(), simple(), compound(depth - 1)));
        Arbitrary<String> list = inner.list().ofMinSize(1).ofMaxSize(3)
                .map(statements -> statements.stream().map(s -> s + ";").collect(Collectors.joining(" ")));
        Arbitrary<String> label = Arbitraries.of(LABELS);
        return Arbitraries.oneOf(
                list.map(b -> "BEGIN " + b + " END"),
                Combinators.combine(label, list).as((l, b) -> l + ": BEGIN " + b + " END " + l),
                Arbitraries.just("BEGIN END"),
                Combinators.combine(list, list).as((a, b) ->
                        "IF @x > 0 THEN " + a + " ELSEIF @x = 'END IF' THEN " + b + " ELSE " + a + " END IF"),
                Combinators.combine(list, list).as((a, b) ->
                        "CASE @x WHEN 1 THEN " + a + " WHEN 2 THEN " + b + " ELSE BEGIN END; END CASE"),
                list.map(a -> "CASE WHEN @x IS NULL THEN " + a + " ELSE " + a + " END CASE"),
                Combinators.combine(label, list).as((l, a) -> l + ": LOOP " + a + " LEAVE " + l + "; END LOOP " + l),
                list.map(a -> "WHILE @i < 3 DO " + a + " SET @i = @i + 1; END WHILE"),
                list.map(a -> "REPEAT " + a + " UNTIL @i > 3 END REPEAT"),
                list.map(a -> "BEGIN DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET @err = 'END;'; "
                        + "DECLARE EXIT HANDLER FOR SQLSTATE VALUE '42S02', NOT FOUND BEGIN END; " + a + " END"));
    }
}

package io.eventd.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The renderings of shared/mysql-events.md 1.3, from the stored values MySQL keeps for the written ones. */
class IntervalFormatTest {

    @ParameterizedTest(name = "{0} stored {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            YEAR          | 5        | 5
            MONTH         | 14       | 14
            DAY           | 40       | 40
            HOUR          | 25       | 25
            MINUTE        | 61       | 61
            SECOND        | 1000000000 | 1000000000
            QUARTER       | 6        | 2
            WEEK          | 14       | 2
            WEEK          | 999999994 | 142857142
            YEAR_MONTH    | 29       | '2-5'
            YEAR_MONTH    | 39       | '3-3'
            YEAR_MONTH    | 12       | '1-0'
            DAY_HOUR      | 505      | '21 1'
            DAY_HOUR      | 26       | '1 2'
            DAY_MINUTE    | 2156     | '1 11:56'
            DAY_MINUTE    | 51965    | '36 2:5'
            DAY_SECOND    | 4406435  | '51 0:0:35'
            DAY_SECOND    | 5        | '0 0:0:5'
            HOUR_MINUTE   | 1525     | '25:25'
            HOUR_MINUTE   | 725      | '12:5'
            HOUR_SECOND   | 57625    | '16:0:25'
            HOUR_SECOND   | 126765   | '35:12:45'
            MINUTE_SECOND | 2166     | '36:6'
            MINUTE_SECOND | 10       | '0:10'
            """)
    void rendersTheStoredValueAsShowCreateEventDoes(IntervalUnit unit, long stored, String expected) {
        assertThat(IntervalFormat.render(new Interval(unit, stored))).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(value = IntervalUnit.class, names = ".*MICROSECOND", mode = EnumSource.Mode.MATCH_ALL)
    void microsecondUnitsAreNeverStoredSoNotRendered(IntervalUnit unit) {
        assertThatThrownBy(() -> IntervalFormat.render(new Interval(unit, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

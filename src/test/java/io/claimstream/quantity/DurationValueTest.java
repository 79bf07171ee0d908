package io.claimstream.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Two durations are compatible when the ranges their qualifiers allow overlap; unqualified ones must be equal. */
class DurationValueTest {

    @ParameterizedTest(name = "[{index}] {0} with {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            >PT3H   | ~PT3H30M | true
            >PT3H   | <PT1H    | false
            PT50M   | PT50M    | true
            PT50M   | PT55M    | false
            ~PT1H   | PT50M    | true
            ~PT1H   | PT45M    | false
            >=PT2H  | <=PT2H   | true
            >PT2H   | <PT2H    | false
            >PT2H   | <=PT2H   | false
            >=PT2H  | PT2H     | true
            >PT2H   | PT2H     | false
            <PT1H   | PT50M    | true
            PT3H    | PT180M   | true
            P1W     | P7D      | true
            """)
    void compatibleWhenTheAllowedRangesOverlap(String a, String b, boolean expected) {
        assertThat(DurationValue.parse(a).compatibleWith(DurationValue.parse(b))).isEqualTo(expected);
        assertThat(DurationValue.parse(b).compatibleWith(DurationValue.parse(a))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} is {1} s")
    @CsvSource(delimiter = '|', textBlock = """
            PT50M    | 3000
            >PT3H    | 10800
            ~PT1H    | 3600
            P1W      | 604800
            PT2H30M  | 9000
            >=P2D    | 172800
            <=PT20M  | 1200
            <PT45S   | 45
            P10D     | 864000
            P6M      | 15552000
            P1Y      | 31104000
            P2Y6M    | 77760000
            PT0S     | 0
            """)
    void parsesAndWritesBackTheSameValue(String value, double seconds) {
        DurationValue parsed = DurationValue.parse(value);
        assertThat(parsed.seconds()).isEqualTo(seconds);
        assertThat(parsed.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is not a duration")
    @ValueSource(strings = {"50 minutes", "=PT1H", "1H", "PT1X"})
    void rejectsWhatIsNotADuration(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> DurationValue.parse(value));
    }
}

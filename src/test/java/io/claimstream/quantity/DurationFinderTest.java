package io.claimstream.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each row: a sentence and how long it says something lasted, as the value of the duration found ("PT50M",
 * ">PT3H" for more than three hours, "~PT1H" for about an hour). Sentences that say when rather than how long
 * yield nothing.
 */
class DurationFinderTest {
    private final DurationFinder finder = new DurationFinder();

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # "lasted" with a number and a unit
            The phone call lasted 50 minutes.                            | PT50M     | lasted 50 minutes
            The talks lasted for more than three hours.                  | >PT3H     | lasted for more than three hours
            The talks lasted two and a half hours.                       | PT2H30M   | lasted two and a half hours
            The talks lasted three hours and a half.                     | PT3H30M   | lasted three hours and a half
            The talks lasted an hour and a half.                         | PT1H30M   | lasted an hour and a half
            The meeting lasted about an hour.                            | ~PT1H     | lasted about an hour
            The strike lasted at least two days.                         | >=P2D     | lasted at least two days
            The call lasted less than an hour.                           | <PT1H     | lasted less than an hour
            The session lasted over 90 minutes.                          | >PT1H30M  | lasted over 90 minutes
            The session lasted nearly four hours.                        | ~PT4H     | lasted nearly four hours
            The briefing lasted up to 20 minutes.                        | <=PT20M   | lasted up to 20 minutes
            The talks lasted several hours.                              | ~PT3H     | lasted several hours
            The blockade lasted two weeks.                               | P2W       | lasted two weeks
            The truce lasts 10 days.                                     | P10D      | lasts 10 days
            The occupation lasted six months.                            | P6M       | lasted six months
            # a length used as an adjective: hyphenated only
            Putin and Biden had a 50-minute phone conversation.          | PT50M     | 50-minute
            The leaders held a two-hour meeting.                         | PT2H      | two-hour
            The port faced a week-long closure.                          | P1W       | a week-long
            The ministers opened a two-day summit.                       | P2D       | two-day
            The leaders held a 90-minute session.                        | PT1H30M   | 90-minute
            """)
    void findsHowLongItLasted(String sentence, String expectedValue, String expectedText) {
        List<DurationFinder.Found> found = finder.find(sentence);
        assertThat(found).extracting(f -> f.value().value()).containsExactly(expectedValue);
        assertThat(found.get(0).text()).isEqualTo(expectedText);
        assertThat(sentence.substring(found.get(0).start(), found.get(0).end())).isEqualTo(expectedText);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" has no duration")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The leaders met for the first time in two and a half years.
            A five-year-old boy was injured.
            Two days later the talks resumed.
            The plant will reopen in two years.
            The talks ended two hours ago.
            The two hours talks ended.
            """)
    void findsNothingThatSaysWhenRatherThanHowLong(String sentence) {
        assertThat(finder.find(sentence)).isEmpty();
    }

    /** Half years are written in years and months, ISO's nominal units (P2Y6M), not in hours. */
    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The war lasted two and a half years.                         | P2Y6M     | lasted two and a half years
            The siege lasted a year and a half.                          | P1Y6M     | lasted a year and a half
            """)
    void halfYears(String sentence, String expectedValue, String expectedText) {
        findsHowLongItLasted(sentence, expectedValue, expectedText);
    }
}

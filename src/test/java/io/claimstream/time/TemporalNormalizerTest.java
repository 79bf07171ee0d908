package io.claimstream.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.text.Sentence;
import io.claimstream.text.SentenceAnalyzer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each row: a sentence, the article's publication date, the TIMEX value of the first time expression found in the
 * sentence and (where it matters) the words it was found in. Year-less dates follow the tense at month level; without
 * a tense the occurrence nearest the publication date wins.
 */
class TemporalNormalizerTest {
    private static final SentenceAnalyzer ANALYZER = new SentenceAnalyzer();
    private static final TemporalNormalizer NORMALIZER = new TemporalNormalizer();

    private static Sentence sentence(String text) {
        List<Sentence> sentences = ANALYZER.analyze(text);
        assertThat(sentences).as("one sentence in %s", text).hasSize(1);
        return sentences.get(0);
    }

    private static List<TimeMention> find(String text, String documentDate) {
        return NORMALIZER.find(sentence(text), LocalDate.parse(documentDate));
    }

    @ParameterizedTest(name = "[{index}] {1}: \"{0}\" -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            # ISO dates
            The summit was held on 2022-01-12 in Geneva.                        | 2022-01-15 | 2022-01-12            | 2022-01-12
            Figures published on 2019-07-15 show a decline.                     | 2022-01-15 | 2019-07-15            | 2019-07-15
            # month day, year; weekday month day; day month year; ordinals; abbreviations
            The talks were held on January 12, 2022, in Geneva.                 | 2022-01-15 | 2022-01-12            | January 12, 2022
            The talks opened on Wednesday, January 12, 2022, in Geneva.         | 2022-01-15 | 2022-01-12            | Wednesday, January 12, 2022
            The talks began on Friday, January 7, in Geneva.                    | 2022-01-09 | 2022-01-07            | Friday, January 7
            The deal of Friday, January 7 remains in force.                     | 2022-12-30 | 2022-01-07            | Friday, January 7
            The talks were held on 9 January 2022 in Geneva.                    | 2022-01-15 | 2022-01-09            | 9 January 2022
            The talks were held on January 9th in Geneva.                       | 2022-01-12 | 2022-01-09            | January 9th
            The talks were held on the 9th of January in Geneva.                | 2022-01-12 | 2022-01-09            | 9th of January
            Officials met on Jan. 9 in Geneva.                                  | 2022-01-12 | 2022-01-09            | Jan. 9
            # day ranges
            The talks were held on January 9 and 10 in Geneva.                  | 2022-01-12 | 2022-01-09/2022-01-10 | January 9 and 10
            The talks will take place on January 12-13 in Geneva.               | 2022-01-09 | 2022-01-12/2022-01-13 | January 12-13
            The exercise will run from March 23 to 29.                          | 2022-03-01 | 2022-03-23/2022-03-29 | from March 23 to 29
            The drills will be held between June 1 and 3.                       | 2022-05-20 | 2022-06-01/2022-06-03 | between June 1 and 3
            The festival will run from January 30 to February 2.                | 2022-01-12 | 2022-01-30/2022-02-02 | from January 30 to February 2
            The festival will run from December 30 to January 2.                | 2021-12-20 | 2021-12-30/2022-01-02 | from December 30 to January 2
            # months
            The reform was adopted in July 2019.                                | 2022-01-15 | 2019-07               | July 2019
            The talks were held in December.                                    | 2022-01-09 | 2021-12               | in December
            The talks will resume in December.                                  | 2022-01-09 | 2022-12               | in December
            Prices rose sharply last December.                                  | 2022-06-01 | 2021-12               | last December
            The talks will resume next March.                                   | 2022-06-01 | 2023-03               | next March
            # seasons, years, parts of years and months
            The drills took place in the summer of 2019.                        | 2022-01-15 | 2019-SU               | the summer of 2019
            The plant was built in the spring of 2021.                          | 2022-01-15 | 2021-SP               | the spring of 2021
            The plant closed in the fall of 2020.                               | 2022-01-15 | 2020-FA               | the fall of 2020
            The treaty was signed in 2019.                                      | 2022-01-15 | 2019                  | in 2019
            The sanctions have been in place since 2014.                        | 2022-01-15 | 2014                  | since 2014
            The treaty will be signed in early 2022.                            | 2021-11-01 | 2022-01/2022-04       | early 2022
            The plant was closed in late 2021.                                  | 2022-01-15 | 2021-09/2021-12       | late 2021
            Talks are expected in mid-January.                                  | 2022-01-05 | 2022-01-11/2022-01-20 | mid-January
            The talks were held in early January.                               | 2022-01-20 | 2022-01-01/2022-01-10 | early January
            The talks were held in late December.                               | 2022-01-09 | 2021-12-21/2021-12-31 | late December
            # relative days, weeks, months, years
            The talks ended yesterday.                                          | 2022-01-10 | 2022-01-09            | yesterday
            The talks begin today in Geneva.                                    | 2022-01-10 | 2022-01-10            | today
            The talks will begin tomorrow.                                      | 2022-01-10 | 2022-01-11            | tomorrow
            Yesterday's talks ended without a deal.                             | 2022-01-10 | 2022-01-09            | Yesterday's
            The deal was signed last month.                                     | 2022-01-10 | 2021-12               | last month
            The deal will be signed next month.                                 | 2022-01-10 | 2022-02               | next month
            The talks will resume next week.                                    | 2022-01-05 | 2022-W02              | next week
            The plant was closed last year.                                     | 2022-01-10 | 2021                  | last year
            The plant will reopen next year.                                    | 2022-01-10 | 2023                  | next year
            The talks ended three days ago.                                     | 2022-01-10 | 2022-01-07            | three days ago
            The talks ended two weeks ago.                                      | 2022-01-10 | 2021-W52              | two weeks ago
            The plant closed five years ago.                                    | 2022-01-10 | 2017                  | five years ago
            The treaty was signed two decades ago.                              | 2022-01-10 | 1998/2006             | two decades ago
            # weekdays: past tense takes the last one (or today), future the next one
            The ministers met on Tuesday.                                       | 2022-01-13 | 2022-01-11            | Tuesday
            The ministers will meet on Tuesday.                                 | 2022-01-13 | 2022-01-18            | Tuesday
            The ministers met on Thursday.                                      | 2022-01-13 | 2022-01-13            | Thursday
            The ministers will meet on Thursday.                                | 2022-01-13 | 2022-01-20            | Thursday
            The ministers spoke last Tuesday.                                   | 2022-01-13 | 2022-01-11            | last Tuesday
            The ministers will speak next Monday.                               | 2022-01-13 | 2022-01-17            | next Monday
            # year-less dates follow the tense at month level
            The ministers will meet on December 12.                             | 2022-01-09 | 2022-12-12            | December 12
            The ministers met on December 31.                                   | 2022-01-05 | 2021-12-31            | December 31
            The talks were held in Geneva on December 31.                       | 2022-01-05 | 2021-12-31            | December 31
            The talks began on January 20.                                      | 2022-01-12 | 2022-01-20            | January 20
            The talks are expected to begin on January 10.                      | 2022-01-05 | 2022-01-10            | January 10
            On January 10, Geneva is hosting talks between Russia and the United States. | 2022-01-10 | 2022-01-10 | January 10
            # without a tense the nearest occurrence wins
            Summit of the two leaders on December 30                            | 2022-01-02 | 2021-12-30            | December 30
            Summit of the two leaders on January 3                              | 2021-12-30 | 2022-01-03            | January 3
            """)
    void normalizesTheFirstExpression(String text, String documentDate, String expectedValue, String expectedText) {
        List<TimeMention> found = find(text, documentDate);
        assertThat(found).as("time expressions in %s", text).isNotEmpty();
        assertThat(found.get(0).value().value()).isEqualTo(expectedValue);
        if (expectedText != null) assertThat(found.get(0).text()).isEqualTo(expectedText);
    }

    /** Day-month ranges, "March of 2020", and a sentence-final period after a month (once wrong, kept as their own rows). */
    @ParameterizedTest(name = "[{index}] {1}: \"{0}\" -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The talks were held on 9-10 January in Geneva.                      | 2022-01-12 | 2022-01-09/2022-01-10 | 9-10 January
            The drills will be held between 1 and 3 June.                       | 2022-05-20 | 2022-06-01/2022-06-03 | between 1 and 3 June
            The reform was adopted in March of 2020.                            | 2022-01-15 | 2020-03               | March of 2020
            The talks were held on 9 January.                                   | 2022-01-12 | 2022-01-09            | 9 January
            """)
    void rangesMonthsOfYearsAndFinalPeriods(String text, String documentDate, String expectedValue, String expectedText) {
        normalizesTheFirstExpression(text, documentDate, expectedValue, expectedText);
    }

    @ParameterizedTest(name = "[{index}] {1}: \"{0}\" -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # the parenthesis restates the date in another calendar: one expression, not two
            The Orthodox Christmas was celebrated on January 7 (December 25) in Moscow.  | 2022-01-10 | 2022-01-07
            The talks ended on January 13 (December 31) in Moscow.                       | 2022-01-14 | 2022-01-13
            # two real dates are both found
            The talks began on January 9 and ended on January 13.                        | 2022-01-14 | 2022-01-09,2022-01-13
            """)
    void findsEveryExpressionButDropsCalendarEquivalents(String text, String documentDate, String expectedValues) {
        assertThat(find(text, documentDate)).extracting(m -> m.value().value())
                .containsExactly(expectedValues.split(","));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" has no date")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The talks were held on February 30.
            The ministers discussed security guarantees in Geneva.
            The 2019 report found no violations.
            """)
    void findsNothingWhereThereIsNoDate(String text) {
        assertThat(find(text, "2022-01-10")).isEmpty();
    }

    @Test
    void reportsTheCharacterSpanOfTheExpression() {
        String text = "The talks were held on January 9 and 10 in Geneva.";
        TimeMention m = find(text, "2022-01-12").get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo("January 9 and 10");
    }

    @ParameterizedTest(name = "[{index}] {0} covers {1}..{2} as {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-01-12            | 2022-01-12 | 2022-01-12 | DAY
            2022-01-09/2022-01-10 | 2022-01-09 | 2022-01-10 | DAYS
            2019-07               | 2019-07-01 | 2019-07-31 | MONTH
            2022-01/2022-04       | 2022-01-01 | 2022-04-30 | MONTHS
            2019-SU               | 2019-06-01 | 2019-08-31 | SEASON
            2019-WI               | 2018-12-01 | 2020-02-29 | SEASON
            2019                  | 2019-01-01 | 2019-12-31 | YEAR
            1998/2006             | 1998-01-01 | 2006-12-31 | YEARS
            2022-W02              | 2022-01-10 | 2022-01-16 | WEEK
            2021-W52              | 2021-12-27 | 2022-01-02 | WEEK
            """)
    void parsesEveryValueFormBack(String value, LocalDate first, LocalDate last, TimeValue.Granularity granularity) {
        TimeValue parsed = TimeValue.parse(value);
        assertThat(parsed.value()).isEqualTo(value);
        assertThat(parsed.first()).isEqualTo(first);
        assertThat(parsed.last()).isEqualTo(last);
        assertThat(parsed.granularity()).isEqualTo(granularity);
    }

    @ParameterizedTest(name = "[{index}] {0} overlaps {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2019-07               | 2019-SU    | true
            2019-07               | 2019       | true
            2019-SU               | 2019       | true
            2022-01-12            | 2022-12-12 | false
            2022-01-09/2022-01-10 | 2022-01-10 | true
            2022-01-09/2022-01-10 | 2022-01-11 | false
            2022-W02              | 2022-01-12 | true
            2022-W02              | 2022-01-07 | false
            2019-SU               | 2019-09    | false
            """)
    void overlapIsSymmetric(String a, String b, boolean expected) {
        assertThat(TimeValue.parse(a).overlaps(TimeValue.parse(b))).isEqualTo(expected);
        assertThat(TimeValue.parse(b).overlaps(TimeValue.parse(a))).isEqualTo(expected);
    }
}

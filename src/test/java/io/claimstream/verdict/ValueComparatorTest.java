package io.claimstream.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.place.Gazetteer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each row: an attribute, two normalized values and whether both can be true. Dates of different granularity
 * agree when their days overlap, durations when the ranges their qualifiers allow overlap, places when one lies
 * in the other.
 */
class ValueComparatorTest {
    private static final ValueComparator COMPARATOR = new ValueComparator(Gazetteer.standard());

    @ParameterizedTest(name = "[{index}] {0}: {1} vs {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # dates
            date     | 2019-07               | 2019-SU               | true
            date     | 2019                  | 2019-07               | true
            date     | 2019                  | 2019-SU               | true
            date     | 2022-01-09/2022-01-10 | 2022-01-10            | true
            date     | 2022-01-12            | 2022-12-12            | false
            date     | 2022-01/2022-04       | 2022-01-12            | true
            date     | 2022-01/2022-04       | 2022-05-01            | false
            date     | 2022-W02              | 2022-01-12            | true
            date     | 2022-W02              | 2022-01-07            | false
            date     | 2022-01-12            | 2022-01-12            | true
            date     | 1998/2006             | 2002                  | true
            date     | 2019-SU               | 2019-09               | false
            # durations
            duration | >PT3H                 | ~PT3H30M              | true
            duration | >PT3H                 | <PT1H                 | false
            duration | PT50M                 | PT50M                 | true
            duration | PT50M                 | PT55M                 | false
            duration | ~PT1H                 | PT50M                 | true
            duration | >=PT2H                | <=PT2H                | true
            duration | >PT2H                 | <PT2H                 | false
            # locations: a city agrees with the province and country it lies in
            location | Geneva                | Switzerland           | true
            location | Switzerland           | Geneva                | true
            location | Brussels              | Belgium               | true
            location | Brussels              | Vienna                | false
            location | Geneva                | Geneva                | true
            location | Paris                 | Germany               | false
            location | Paris                 | France                | true
            location | Vienna                | Austria               | true
            """)
    void comparesWhatTheValuesDenote(String attribute, String a, String b, boolean expected) {
        assertThat(COMPARATOR.compare(attribute, a, b).compatible()).isEqualTo(expected);
        assertThat(COMPARATOR.compare(attribute, b, a).compatible()).as("symmetric").isEqualTo(expected);
    }

    /** "Cornwall" is a county of England and a city in Ontario: the reading in which Penzance lies in it agrees. */
    @ParameterizedTest(name = "[{index}] {0}: {1} vs {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            location | Penzance              | Cornwall              | true
            """)
    void anAmbiguousNameAgreesInTheReadingThatFits(String attribute, String a, String b, boolean expected) {
        comparesWhatTheValuesDenote(attribute, a, b, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} vs {2} explained")
    @CsvSource(delimiter = '|', textBlock = """
            date     | 2022-01-12 | 2022-12-12
            date     | 2022-W02   | 2022-01-07
            duration | >PT3H      | <PT1H
            duration | PT50M      | PT55M
            location | Brussels   | Vienna
            location | Paris      | Germany
            """)
    void aContradictionNamesBothValues(String attribute, String a, String b) {
        Comparison c = COMPARATOR.compare(attribute, a, b);
        assertThat(c.compatible()).isFalse();
        assertThat(c.why()).contains(a).contains(b);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} vs {2} -> \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            date     | 2022-01-12 | 2022-12-12 | 2022-01-12 and 2022-12-12 do not overlap (334 days apart)
            date     | 2019-07    | 2019       | 2019-07 lies within 2019
            date     | 2019       | 2019-07    | 2019-07 lies within 2019
            location | Switzerland | Geneva    | Geneva is in Switzerland
            location | Geneva     | Switzerland | Geneva is in Switzerland
            duration | >PT3H      | <PT1H      | >PT3H and <PT1H cannot both hold
            """)
    void explainsInWordsAReaderFollows(String attribute, String a, String b, String why) {
        assertThat(COMPARATOR.compare(attribute, a, b).why()).isEqualTo(why);
    }
}

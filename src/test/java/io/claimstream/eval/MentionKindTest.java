package io.claimstream.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionKindTest {
    @ParameterizedTest
    @CsvSource({
            "explosion, exploded",
            "arrests, arrested",
            "murdered, killed",
            "killings, kill",
            "earthquake, quake",
            "temblor, earthquake",
            "deaths, died",
            "dead, dying",
            "detained, arrest",
            "victory, won",
            "was shot, shooting",
            "election, elected",
    })
    void wordsForOneKindOfEventAreOneKind(String one, String other) {
        assertThat(MentionKind.of(one)).isEqualTo(MentionKind.of(other));
    }

    @ParameterizedTest
    @CsvSource({
            "killed, arrested",
            "fire, shooting",
            "talks, attack",
            "died, injured",
            "order, ore",
    })
    void differentKindsStayApart(String one, String other) {
        assertThat(MentionKind.of(one)).isNotEqualTo(MentionKind.of(other));
    }

    @Test
    void aStemShorterThanFourLettersKeepsItsEnding() {
        assertThat(MentionKind.of("order")).isEqualTo("order");
        assertThat(MentionKind.of("ordered")).isEqualTo("order");
    }
}

package io.claimstream.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadLemmaTest {
    @ParameterizedTest
    @CsvSource({"arrested, arrest", "arrests, arrest", "arresting, arrest", "shot, shoot", "shooting, shoot",
            "died, die", "dies, die", "dying, die", "arrive, arriv", "arrived, arriv", "arriving, arriv",
            "planned, plan", "shopping, shop", "killing, kill", "injuries, injury", "charges, charg", "charged, charg",
            "said, say", "quake, quak", "Earthquake's, earthquak", "crashes, crash"})
    void inflectionsOfOneWordMeet(String word, String lemma) {
        assertThat(HeadLemma.lemma(word)).isEqualTo(lemma);
    }

    @Test
    void theHeadIsTheLastWordThatIsNoParticle() {
        assertThat(HeadLemma.of("checked into")).isEqualTo("check");
        assertThat(HeadLemma.of("drunk driving")).isEqualTo("driv");
        assertThat(HeadLemma.of("set off")).isEqualTo("set");
    }
}

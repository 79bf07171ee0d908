package io.claimstream.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProperNamesTest {
    @Test
    void capitalizedWordsInsideSentencesAreNamesAndOpenersOnlyWhenTheTextCapitalizesThemElsewhere() {
        var names = ProperNames.of(List.of(
                "The quake struck Aceh on Sunday, the U.S. Geological Survey said.",
                "Officials in Banda Aceh said 12 people died.",
                "Aceh is in Indonesia.",
                "NATO said nothing.", "Police arrived later."));
        assertThat(names).containsEntry("aceh", 3).containsEntry("banda", 1).containsEntry("indonesia", 1)
                .containsEntry("u.s", 1).containsEntry("geological", 1).containsEntry("nato", 1)
                .doesNotContainKeys("the", "sunday", "officials", "police", "12");
    }

    @Test
    void theMostFrequentAreKept() {
        var kept = ProperNames.mostFrequent(List.of("Talks between Russia and Ukraine and Russia and Turkey in Turkey with Russia."), 2);
        assertThat(kept).containsOnlyKeys("russia", "turkey");
    }
}

package io.claimstream.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimstream.TestData;
import io.claimstream.article.Article;
import io.claimstream.claim.ClaimExtractor;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticDayTest {
    private static SyntheticDay generator;

    @BeforeAll
    static void readCorpus() {
        generator = SyntheticDay.from(List.of(TestData.FA_KES));
        System.out.println("frames the extractor reads: " + generator.frameCount() + ", background sentences: " + generator.fillerCount());
    }

    @Test
    void theSameSeedWritesTheSameDayAndAnotherSeedAnother() {
        LocalDate day = LocalDate.of(2024, 5, 14);
        SyntheticDay.Day a = generator.generate(7, 300, 0.2, day);
        SyntheticDay.Day b = generator.generate(7, 300, 0.2, day);
        SyntheticDay.Day c = generator.generate(8, 300, 0.2, day);
        assertEquals(a, b);
        assertNotEquals(a.articles(), c.articles());
        assertEquals(300, a.articles().size());
    }

    @Test
    void whatWasPlantedIsWhatTheArticlesSay() {
        SyntheticDay.Day day = generator.generate(3, 1500, 0.6, LocalDate.of(2024, 5, 14));
        Map<String, Article> byId = day.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
        ClaimExtractor extractor = new ClaimExtractor();
        Set<String> covered = new HashSet<>();
        Set<String> plantedAttributes = new HashSet<>();
        for (SyntheticDay.PlantedEvent e : day.events()) {
            String truth = e.planted() ? e.attribute() + "=" + e.value() : null, odd = e.planted() ? e.attribute() + "=" + e.oddValue() : null;
            if (e.planted()) {
                plantedAttributes.add(e.attribute());
                assertTrue(e.facts().contains(truth), e.id() + " lists what its articles say of " + e.attribute());
            }
            for (String id : e.articleIds()) {
                assertTrue(covered.add(id), "article in two events: " + id);
                List<String> said = extractor.extract(byId.get(id)).stream().map(c -> c.attribute() + "=" + c.value()).toList();
                assertFalse(said.isEmpty(), "article " + id + " makes no claim");
                for (String claim : said) {
                    boolean oddClaim = claim.equals(odd) && !odd.equals(truth);
                    if (id.equals(e.oddArticleId())) {
                        assertTrue(oddClaim || e.facts().contains(claim) && !claim.equals(truth), "odd article " + id + " says " + claim);
                    } else {
                        assertTrue(e.facts().contains(claim), "article " + id + " of " + e.id() + " says " + claim + ", not one of " + e.facts());
                    }
                }
                if (id.equals(e.oddArticleId())) assertTrue(said.contains(odd), "odd article " + id + " says " + odd + ": " + said);
                else if (e.planted()) assertTrue(said.contains(truth), "article " + id + " says the planted attribute's truth " + truth + ": " + said);
            }
        }
        assertEquals(byId.keySet(), covered);
        assertEquals(Set.of("date", "duration"), plantedAttributes, "both the date and the duration of an event are planted wrong");
    }

    @Test
    void articlesAreAsLongAndAsDenseInClaimsAsRealNewsIsNearly() {
        SyntheticDay.Day day = generator.generate(5, 300, 0.1, LocalDate.of(2024, 5, 14));
        ClaimExtractor extractor = new ClaimExtractor();
        double characters = day.articles().stream().mapToInt(a -> a.body().length()).average().orElseThrow();
        double claims = day.articles().stream().mapToInt(a -> extractor.extract(a).size()).average().orElseThrow();
        System.out.printf("a generated article: %.0f characters, %.1f claims on average%n", characters, claims);
        // FA-KES: 1,900 characters and 7.9 claims an article
        assertTrue(characters > 1_300 && characters < 2_600, "characters " + characters);
        assertTrue(claims >= 4, "claims an article " + claims);
    }
}

package io.claimstream.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimstream.TestData;
import io.claimstream.article.Article;
import io.claimstream.claim.Claim;
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
        SyntheticDay.Day day = generator.generate(3, 400, 0.3, LocalDate.of(2024, 5, 14));
        Map<String, Article> byId = day.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
        ClaimExtractor extractor = new ClaimExtractor();
        Set<String> covered = new HashSet<>();
        int planted = 0;
        for (SyntheticDay.PlantedEvent e : day.events()) {
            if (e.planted()) planted++;
            for (String id : e.articleIds()) {
                assertTrue(covered.add(id), "article in two events: " + id);
                List<Claim> claims = extractor.extract(byId.get(id));
                String expected = id.equals(e.oddArticleId()) ? e.oddValue() : e.value();
                assertEquals(List.of(e.attribute() + "=" + expected),
                        claims.stream().map(c -> c.attribute() + "=" + c.value()).toList(), "article " + id);
            }
        }
        assertEquals(byId.keySet(), covered);
        assertTrue(planted > 0);
    }
}

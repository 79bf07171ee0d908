package io.claimstream.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.article.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which event a count of the dead or injured belongs to: one that can have casualties (an attack, a quake, a crash),
 * never a meeting or a call named beside it; the attack the article named last when its own sentence names none;
 * and none at all where nothing places it.
 */
class CasualtyEventTest {
    private final ClaimExtractor extractor = new ClaimExtractor();

    private List<Claim> extract(String text) {
        return extractor.extract(new Article("casualty-test", "test", null, null, text, Instant.parse("2022-01-13T12:00:00Z"), "en"));
    }

    private static List<Claim> deaths(List<Claim> claims) {
        return claims.stream().filter(c -> c.attribute().equals("deaths")).toList();
    }

    @Test
    void aCountWithNoTriggerBelongsToTheAttackNamedBefore() {
        List<Claim> claims = extract("A Russian air strike hit a market in Idlib on Sunday. Four people were killed, a monitor said.");
        assertThat(deaths(claims)).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo("4");
            assertThat(c.eventKey()).isEqualTo("attack:russia");
            assertThat(c.sentence()).startsWith("Four people were killed");
        });
    }

    @Test
    void aCountWithNoEventAtAllIsAnAttackInTheCountryNamed() {
        assertThat(deaths(extract("Over 65 people have been killed in Syria as a result of these violations.")))
                .singleElement().satisfies(c -> {
                    assertThat(c.value()).isEqualTo(">65");
                    assertThat(c.eventKey()).isEqualTo("attack:syria");
                });
    }

    @Test
    void aCountIsNeverAMeetingsEvenWhenTheMeetingIsNearer() {
        List<Claim> claims = extract("Russian and American diplomats held talks in Geneva on Monday as 20 people were killed in an air strike on Idlib in Syria.");
        assertThat(deaths(claims)).isNotEmpty().allSatisfy(c -> {
            assertThat(c.value()).isEqualTo("20");
            assertThat(c.eventType()).isEqualTo("attack");
        });
        assertThat(claims).filteredOn(c -> c.eventType().equals("meeting")).extracting(Claim::attribute).doesNotContain("deaths");
    }

    @Test
    void aCountNothingPlacesYieldsNoClaim() {
        assertThat(deaths(extract("Four people were killed, a monitor said."))).isEmpty();
    }

    @Test
    void bothThePartAndTheWholeOfTheDeadAreCounts() {
        assertThat(deaths(extract("Six civilians including a child were among at least 22 people killed in Russian air strikes on Idlib.")))
                .extracting(Claim::value).containsExactlyInAnyOrder("6", ">=22");
    }
}

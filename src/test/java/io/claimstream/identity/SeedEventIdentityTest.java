package io.claimstream.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.article.Article;
import io.claimstream.article.ArticleSources;
import io.claimstream.claim.Claim;
import io.claimstream.claim.ClaimExtractor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The seeds' claims, resolved in publication order as the topology resolves them, land on the events gold.json
 * assigns them to: one id per gold event, different ids for different gold events.
 */
class SeedEventIdentityTest {

    @Test
    void everyGoldEventIsOneResolvedEventAndNoTwoShareOne() throws Exception {
        Map<String, List<ResolvedEvent>> stateByKey = new HashMap<>();
        Map<String, String> eventIdOfClaim = new HashMap<>();
        List<Claim> all = new ArrayList<>();
        EventResolver resolver = new EventResolver(Duration.ofDays(60));
        ClaimExtractor extractor = new ClaimExtractor();
        for (Article article : ArticleSources.read(List.of(Path.of("seeds")))) {
            for (Claim claim : extractor.extract(article)) {
                List<ResolvedEvent> events = stateByKey.getOrDefault(claim.eventKey(), List.of());
                EventResolver.Resolution r = resolver.add(claim, events);
                stateByKey.put(claim.eventKey(), r.events());
                eventIdOfClaim.put(claim.claimId(), r.event().id());
                all.add(claim);
            }
        }

        JsonNode gold = new ObjectMapper().readTree(Path.of("seeds/gold.json").toFile());
        Map<String, Set<String>> idsOfGoldEvent = new HashMap<>();
        int matched = 0;
        for (JsonNode event : gold.get("events")) {
            Set<String> ids = new TreeSet<>();
            for (JsonNode g : event.get("claims")) {
                for (Claim c : all) {
                    if (c.articleId().equals(g.get("article").asText()) && c.attribute().equals(g.get("attribute").asText())
                            && c.value().equals(g.get("value").asText())) {
                        ids.add(eventIdOfClaim.get(c.claimId()));
                        matched++;
                    }
                }
            }
            idsOfGoldEvent.put(event.get("id").asText(), ids);
        }

        assertThat(matched).as("gold claims found among the extracted ones").isGreaterThanOrEqualTo(20);
        idsOfGoldEvent.forEach((event, ids) -> assertThat(ids).as("resolved ids of gold event %s", event).hasSizeLessThanOrEqualTo(1));
        List<String> used = new ArrayList<>();
        idsOfGoldEvent.values().forEach(used::addAll);
        assertThat(used).as("no resolved event holds claims of two gold events").doesNotHaveDuplicates();
        assertThat(idsOfGoldEvent.get("nrc-meeting")).hasSize(1);
        assertThat(idsOfGoldEvent.get("geneva-talks")).hasSize(1);
        assertThat(idsOfGoldEvent.get("nrc-previous-meeting")).hasSize(1);
    }
}

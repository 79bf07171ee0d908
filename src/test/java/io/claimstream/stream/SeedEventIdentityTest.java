package io.claimstream.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.avro.Event;
import io.claimstream.avro.EventAttribute;
import io.claimstream.avro.EventValue;
import io.claimstream.article.ArticleSources;
import io.claimstream.claim.Claim;
import io.claimstream.verdict.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The seeds through the topology: the `events` it publishes hold each seed claim under one event id, the ids are
 * the ones gold.json's events call for (one id per gold event, different ids for different gold events), and the
 * verdicts carry the id of the event their claims are on.
 */
class SeedEventIdentityTest {

    @Test
    void everyGoldEventIsOneResolvedEventAndNoTwoShareOne() throws Exception {
        Map<String, Event> latest = new HashMap<>();
        List<Claim> all = new ArrayList<>();
        List<Verdict> verdicts = new ArrayList<>();
        try (InProcessRun run = new InProcessRun(ClaimStreamSettings.DEFAULTS)) {
            run.processAll(ArticleSources.read(List.of(Path.of("seeds"))), outcome -> {
                all.addAll(outcome.claims());
                verdicts.addAll(outcome.verdicts());
                outcome.events().forEach(e -> latest.put(e.getEventId(), e));
            });
        }
        Map<String, String> eventIdOfClaim = new HashMap<>();
        for (Event event : latest.values()) {
            assertThat(event.getMergedInto()).as("no seed event is merged into another").isNull();
            for (EventAttribute attribute : event.getAttributes()) {
                for (EventValue value : attribute.getValues()) {
                    assertThat(value.getClaims()).as("evidence of %s %s", event.getEventId(), value.getValue()).isNotEmpty();
                    value.getClaims().forEach(c -> eventIdOfClaim.put(c.getClaimId(), event.getEventId()));
                }
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
                            && c.value().equals(g.get("value").asText()) && eventIdOfClaim.containsKey(c.claimId())) {
                        ids.add(eventIdOfClaim.get(c.claimId()));
                        matched++;
                    }
                }
            }
            idsOfGoldEvent.put(event.get("id").asText(), ids);
        }

        assertThat(matched).as("gold claims found on published events").isGreaterThanOrEqualTo(20);
        idsOfGoldEvent.forEach((event, ids) -> assertThat(ids).as("resolved ids of gold event %s", event).hasSizeLessThanOrEqualTo(1));
        List<String> used = new ArrayList<>();
        idsOfGoldEvent.values().forEach(used::addAll);
        assertThat(used).as("no resolved event holds claims of two gold events").doesNotHaveDuplicates();
        assertThat(idsOfGoldEvent.get("nrc-meeting")).hasSize(1);
        assertThat(idsOfGoldEvent.get("geneva-talks")).hasSize(1);
        assertThat(idsOfGoldEvent.get("nrc-previous-meeting")).hasSize(1);

        for (Verdict v : verdicts) {
            assertThat(eventIdOfClaim.get(v.claim().claimId())).as("event of the claim of %s", v.explanation()).isEqualTo(v.eventId());
            v.others().forEach(o -> assertThat(eventIdOfClaim.getOrDefault(o.claimId(), v.eventId())).isEqualTo(v.eventId()));
        }
    }
}

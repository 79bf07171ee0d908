package io.claimstream.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.claim.Claim;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the resolver tells apart events of one kind under one key by the names their reports mention. */
class EventResolverTest {
    private final EventResolver resolver = new EventResolver(Duration.ofDays(60));

    private static Claim arrest(String article, Map<String, Integer> names) {
        return new Claim(article + "/1", article, null, "arrest:united-states", "arrest in the United States", "arrest",
                null, "CURRENT", null, "2013-05-02", "date", "2013-05-01", "on Wednesday", "Police arrested him on Wednesday.",
                0, 30, Instant.parse("2013-05-02T10:00:00Z"), 0.8, names, null);
    }

    private static final Map<String, Integer> ONE_STORY = Map.of("smith", 4, "boston", 3, "fbi", 2, "massachusetts", 1);
    private static final Map<String, Integer> SAME_STORY = Map.of("smith", 2, "boston", 2, "cnn", 1, "fbi", 1);
    private static final Map<String, Integer> OTHER_STORY = Map.of("garcia", 3, "texas", 3, "houston", 2, "cnn", 1);

    @Test
    void aReportOfTheSameStoryJoinsItsEventAndAnotherStoryStartsOne() {
        ResolvedEvent first = resolver.start(arrest("a", ONE_STORY), id -> false);
        assertThat(resolver.resolve(arrest("b", SAME_STORY), List.of(first), e -> false)).contains(first);
        assertThat(resolver.resolve(arrest("c", OTHER_STORY), List.of(first), e -> false)).isEmpty();
    }

    @Test
    void anArticleAlreadyOnTheEventStaysOnItAndNamesThatAreNotThereCannotDiffer() {
        ResolvedEvent first = resolver.start(arrest("a", ONE_STORY), id -> false);
        assertThat(resolver.resolve(arrest("c", OTHER_STORY), List.of(first), e -> true)).contains(first);
        assertThat(resolver.resolve(arrest("d", Map.of()), List.of(first), e -> false)).contains(first);
    }

    @Test
    void theEventWhoseStoryIsClosestWins() {
        ResolvedEvent boston = resolver.start(arrest("a", ONE_STORY), id -> false);
        ResolvedEvent houston = resolver.start(arrest("c", OTHER_STORY), id -> id.equals(boston.id()));
        assertThat(houston.id()).isNotEqualTo(boston.id());
        assertThat(resolver.resolve(arrest("e", Map.of("garcia", 2, "houston", 1, "boston", 1)), List.of(boston, houston), e -> false))
                .contains(houston);
    }

    @Test
    void anEventsNamesAreTheSumOfItsReportsAndTwoEventsOfOneStoryMerge() {
        ResolvedEvent first = resolver.start(arrest("a", ONE_STORY), id -> false);
        ResolvedEvent grown = first.with(arrest("b", SAME_STORY), true);
        assertThat(grown.names()).containsKeys("smith", "boston", "fbi", "massachusetts", "cnn");
        assertThat(grown.story().similarity(StoryNames.ofArticle(ONE_STORY))).isGreaterThan(0.8);
        ResolvedEvent other = resolver.start(arrest("c", OTHER_STORY), id -> id.equals(first.id()));
        assertThat(resolver.sameEvent(grown, other)).isFalse();
        ResolvedEvent twin = resolver.start(arrest("f", SAME_STORY), id -> id.equals(first.id()));
        assertThat(resolver.sameEvent(grown, twin)).isTrue();
        assertThat(EventResolver.merge(grown, twin).mergedFrom()).containsExactly(twin.id());
    }
}

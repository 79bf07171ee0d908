package io.claimstream.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimstream.verdict.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live feed's cursor: what a client saw, so that it gets only what came after, in order, whatever it filters. */
class VerdictFeedTest {
    private static Verdict verdict(Verdict.Kind kind, String claim) {
        Verdict.Side side = new Verdict.Side(claim, "article-" + claim, "Wire", "2022-01-12", "They met on January 12.", Instant.EPOCH);
        return new Verdict(kind, "meeting:x", "meeting:x@1", "meeting", "date", side, List.of(), "because", Instant.EPOCH);
    }

    private static List<String> claims(VerdictFeed.Page page) {
        return page.items().stream().map(i -> i.verdict().claim().claimId()).toList();
    }

    @Test
    void aCursorGivesWhatCameAfterItWithOrWithoutAgreements() {
        VerdictFeed feed = new VerdictFeed(100);
        feed.add(verdict(Verdict.Kind.CONTRADICTION, "c1"));
        feed.add(verdict(Verdict.Kind.AGREEMENT, "a1"));
        feed.add(verdict(Verdict.Kind.CONTRADICTION, "c2"));

        VerdictFeed.Page conflicts = feed.after(null, false, 10);
        assertThat(claims(conflicts)).containsExactly("c1", "c2");
        assertThat(claims(feed.after(conflicts.next(), true, 10))).isEmpty();
        assertThat(claims(feed.after(null, true, 10))).containsExactly("c1", "a1", "c2");

        VerdictFeed.Page firstTwo = feed.after(null, true, 2);
        assertThat(claims(firstTwo)).containsExactly("c1", "a1");
        assertThat(claims(feed.after(firstTwo.next(), true, 2))).containsExactly("c2");
        feed.add(verdict(Verdict.Kind.AGREEMENT, "a2"));
        assertThat(claims(feed.after(conflicts.next(), true, 10))).containsExactly("a2");
        assertThat(feed.contradictions()).isEqualTo(2);
        assertThat(feed.agreements()).isEqualTo(2);
    }

    @Test
    void aCursorOfAnotherRunGetsEverythingKeptAndOnlyTheLatestAreKept() {
        VerdictFeed feed = new VerdictFeed(2);
        for (String c : List.of("c1", "c2", "c3")) feed.add(verdict(Verdict.Kind.CONTRADICTION, c));
        assertThat(claims(feed.after(new VerdictFeed.Cursor("earlier-run", 2), false, 10))).containsExactly("c2", "c3");
        assertThat(VerdictFeed.Cursor.parse(feed.after(null, false, 10).next().toString())).isEqualTo(feed.after(null, false, 10).next());
        assertThatThrownBy(() -> VerdictFeed.Cursor.parse("yesterday")).isInstanceOf(BadRequestException.class).hasMessageContaining("next");
    }

    @Test
    void waitingReturnsAsSoonAsSomethingArrivesOrEmptyAfterTheWait() throws Exception {
        VerdictFeed feed = new VerdictFeed(10);
        VerdictFeed.Cursor start = feed.after(null, true, 10).next();
        assertThat(feed.await(start, true, 10, Duration.ofMillis(50)).items()).isEmpty();
        Thread later = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            feed.add(verdict(Verdict.Kind.CONTRADICTION, "c1"));
        });
        later.start();
        assertThat(claims(feed.await(start, true, 10, Duration.ofSeconds(20)))).containsExactly("c1");
        later.join();
    }
}

package io.claimstream.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.claim.Claim;
import io.claimstream.identity.EventResolver;
import io.claimstream.identity.ResolvedEvent;
import io.claimstream.place.Gazetteer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A death toll that rises in later reports is an update, whichever of the two reports reaches the comparator first. */
class ClaimComparatorTest {
    private static final ClaimComparator COMPARATOR = new ClaimComparator(Gazetteer.standard());
    private static final Instant MONDAY = Instant.parse("2016-03-07T12:00:00Z"), TUESDAY = Instant.parse("2016-03-08T12:00:00Z");

    private static Claim deaths(String article, String count, Instant published) {
        return new Claim(article + "/0/deaths/" + count, article, null, "attack:syria", "attack in Syria", "attack", null, "CURRENT",
                null, null, "deaths", count, count + " killed", "An air strike killed " + count + " people.", 0, 30, published, 1.0);
    }

    private static List<Verdict.Kind> kinds(Claim arriving, Claim there) {
        ResolvedEvent event = new EventResolver(Duration.ofDays(60)).start(there, id -> false);
        return COMPARATOR.compare(arriving, event, AttributeReports.none("deaths").with(there), arriving.publishedAt()).stream()
                .map(Verdict::verdict).toList();
    }

    @Test
    void aLargerCountPublishedLaterAgreesInEitherOrderOfArrival() {
        Claim first = deaths("a", "20", MONDAY), later = deaths("b", "30", TUESDAY);
        assertThat(kinds(later, first)).containsExactly(Verdict.Kind.AGREEMENT);
        assertThat(kinds(first, later)).containsExactly(Verdict.Kind.AGREEMENT);
    }

    @Test
    void aSmallerCountPublishedLaterContradictsInEitherOrderOfArrival() {
        Claim first = deaths("a", "30", MONDAY), later = deaths("b", "20", TUESDAY);
        assertThat(kinds(later, first)).containsExactly(Verdict.Kind.CONTRADICTION);
        assertThat(kinds(first, later)).containsExactly(Verdict.Kind.CONTRADICTION);
    }
}

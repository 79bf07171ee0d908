package io.claimstream.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.claim.Claim;
import io.claimstream.place.Gazetteer;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Values that can all be true support one another; a consensus is named only when no excluding value ties it. */
class ConsensusTest {
    private static final ClaimComparator COMPARATOR = new ClaimComparator(Gazetteer.standard());
    private static int articles;

    private static AttributeReports reports(String attribute, String... values) {
        AttributeReports reports = AttributeReports.none(attribute);
        for (String value : values) {
            String article = "a" + articles++;
            reports = reports.with(new Claim(article + "/" + value, article, null, "meeting:x", "meeting", "meeting", null, "CURRENT",
                    null, null, attribute, value, value, "They met on " + value + ".", 0, 20,
                    Instant.parse("2022-01-01T00:00:00Z").plusSeconds(articles), 1.0));
        }
        return reports;
    }

    @Test
    void valuesAtDifferentGranularityAreOneConsensusWithNoDissent() {
        Consensus c = COMPARATOR.consensus(reports("date", "2019-SU", "2019-07", "2019"));
        assertThat(c.value()).isIn("2019-SU", "2019-07", "2019");
        assertThat(c.dissenting()).isEmpty();
    }

    @Test
    void theValueMostSourcesBearOutWinsAndTheExcludedOnesDissent() {
        Consensus c = COMPARATOR.consensus(reports("date", "2022-12-12", "2022-01-12", "2022-01-12", "2022-01-12"));
        assertThat(c.value()).isEqualTo("2022-01-12");
        assertThat(c.dissenting()).isEqualTo(Set.of("2022-12-12"));
    }

    @Test
    void anIntervalSupportsTheDaysInsideIt() {
        Consensus c = COMPARATOR.consensus(reports("date", "2022-09-09/2022-09-10", "2022-01-10", "2022-01-10", "2022-01-09/2022-01-10", "2022-01-20"));
        assertThat(c.value()).isEqualTo("2022-01-10");
        assertThat(c.dissenting()).containsExactlyInAnyOrder("2022-09-09/2022-09-10", "2022-01-20");
    }

    @Test
    void twoExcludingValuesWithEqualSupportHaveNoConsensus() {
        Consensus c = COMPARATOR.consensus(reports("date", "2022-01-12", "2022-12-12"));
        assertThat(c.value()).isNull();
        assertThat(c.dissenting()).isEmpty();
        assertThat(COMPARATOR.consensus(AttributeReports.none("date")).value()).isNull();
    }
}

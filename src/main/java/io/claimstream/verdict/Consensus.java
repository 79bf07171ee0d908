package io.claimstream.verdict;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the sources of one attribute bear out: the value with the most support, where every source whose value can
 * be true together with it supports it (July 2019 supports 2019 and the summer of 2019; they do not compete), and
 * the values that cannot be true together with it. No value while two values that exclude each other share the lead.
 *
 * @param value      the consensus value, or null when there is none yet
 * @param dissenting the values that cannot be true if the consensus is
 */
public record Consensus(String value, Set<String> dissenting) {
    public Consensus {
        dissenting = Set.copyOf(dissenting);
    }

    static Consensus of(AttributeReports reports, ValueComparator values) {
        List<ReportedValue> ranked = reports.ranked();
        if (ranked.isEmpty()) return new Consensus(null, Set.of());
        int[] support = new int[ranked.size()];
        for (int i = 0; i < ranked.size(); i++) {
            for (ReportedValue other : ranked) {
                if (compatible(values, reports.attribute(), ranked.get(i), other)) support[i] += other.sources();
            }
        }
        // ranked puts the most sources first, then the earliest: among equal support, the value most sources give
        int best = 0;
        for (int i = 1; i < ranked.size(); i++) if (support[i] > support[best]) best = i;
        for (int i = 0; i < ranked.size(); i++) {
            if (i != best && support[i] == support[best] && !compatible(values, reports.attribute(), ranked.get(i), ranked.get(best))) {
                return new Consensus(null, Set.of());
            }
        }
        ReportedValue winner = ranked.get(best);
        Set<String> dissenting = new HashSet<>();
        for (ReportedValue other : ranked) {
            if (!compatible(values, reports.attribute(), winner, other)) dissenting.add(other.value());
        }
        return new Consensus(winner.value(), dissenting);
    }

    private static boolean compatible(ValueComparator values, String attribute, ReportedValue a, ReportedValue b) {
        return a == b || values.compare(attribute, a.value(), b.value()).compatible();
    }
}

package io.claimstream.verdict;

import io.claimstream.claim.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the sources said so far about one attribute of one event, one entry per distinct value. A new claim is
 * set against these values, not against every earlier claim, so that comparing costs the same for the tenth
 * report of an event as for the ten-thousandth.
 */
public record AttributeReports(String attribute, List<ReportedValue> values) {

    public AttributeReports {
        values = List.copyOf(values);
    }

    public static AttributeReports none(String attribute) {
        return new AttributeReports(attribute, List.of());
    }

    /**
     * With one more source giving the claim's value. Call it once per article and value: the store remembers
     * which article already said what (see alreadySaid in the topology's comparison step).
     */
    public AttributeReports with(Claim claim) {
        List<ReportedValue> next = new ArrayList<>(values);
        int i = indexOf(claim.value());
        if (i < 0) next.add(ReportedValue.of(claim));
        else next.set(i, next.get(i).with(claim));
        return new AttributeReports(attribute, next);
    }

    public AttributeReports and(AttributeReports other) {
        List<ReportedValue> next = new ArrayList<>(values);
        for (ReportedValue v : other.values) {
            int i = indexOf(v.value());
            if (i < 0) next.add(v);
            else next.set(i, next.get(i).and(v));
        }
        return new AttributeReports(attribute, next);
    }

    /** The values, most sources first, earliest reported first among equals. */
    public List<ReportedValue> ranked() {
        return values.stream().sorted(Comparator.comparingInt(ReportedValue::sources).reversed()
                .thenComparing(ReportedValue::firstReported)).toList();
    }

    private int indexOf(String value) {
        for (int i = 0; i < values.size(); i++) if (values.get(i).value().equals(value)) return i;
        return -1;
    }
}

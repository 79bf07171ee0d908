package io.claimstream.verdict;

import io.claimstream.place.Entity;
import io.claimstream.place.Gazetteer;
import io.claimstream.quantity.DurationValue;
import io.claimstream.quantity.QuantityValue;
import io.claimstream.time.TimeValue;
import java.time.temporal.ChronoUnit;

/**
 * Compares two normalized values of the same attribute. Agreement means both can be true — July 2019, the
 * summer of 2019 and 2019; January 9 and 10 and January 10; "more than three hours" and "about three and a
 * half hours"; Geneva and Switzerland. Never similarity of wording: only what the values denote.
 */
final class ValueComparator {
    private final Gazetteer gazetteer;

    ValueComparator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Comparison compare(String attribute, String a, String b) {
        if (a.equals(b)) return new Comparison(true, "both say " + a);
        return switch (attribute) {
            case "date" -> dates(TimeValue.parse(a), TimeValue.parse(b));
            case "duration" -> durations(DurationValue.parse(a), DurationValue.parse(b));
            case "location" -> places(a, b);
            default -> quantities(QuantityValue.parse(a), QuantityValue.parse(b));
        };
    }

    private static Comparison dates(TimeValue a, TimeValue b) {
        if (!a.overlaps(b)) {
            long apart = Math.abs(ChronoUnit.DAYS.between(a.first(), b.first()));
            return new Comparison(false, a.value() + " and " + b.value() + " do not overlap (" + apart + " days apart)");
        }
        if (within(a, b)) return new Comparison(true, a.value() + " lies within " + b.value());
        if (within(b, a)) return new Comparison(true, b.value() + " lies within " + a.value());
        return new Comparison(true, a.value() + " and " + b.value() + " overlap");
    }

    private static boolean within(TimeValue inner, TimeValue outer) {
        return !inner.first().isBefore(outer.first()) && !inner.last().isAfter(outer.last());
    }

    private static Comparison durations(DurationValue a, DurationValue b) {
        return a.compatibleWith(b)
                ? new Comparison(true, a.value() + " and " + b.value() + " can both hold")
                : new Comparison(false, a.value() + " and " + b.value() + " cannot both hold");
    }

    private static Comparison quantities(QuantityValue a, QuantityValue b) {
        return a.compatibleWith(b)
                ? new Comparison(true, a.value() + " and " + b.value() + " can both hold")
                : new Comparison(false, a.value() + " and " + b.value() + " cannot both hold");
    }

    /** A name may stand for several places ("Cornwall" in England and in Ontario): any reading that fits agrees. */
    private Comparison places(String a, String b) {
        for (Entity pa : gazetteer.placesNamed(a)) {
            for (Entity pb : gazetteer.placesNamed(b)) {
                if (gazetteer.contains(pa, pb)) return new Comparison(true, b + " is in " + a);
                if (gazetteer.contains(pb, pa)) return new Comparison(true, a + " is in " + b);
            }
        }
        return new Comparison(false, a + " and " + b + " are different places");
    }
}

package io.claimstream.quantity;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measured or counted amount with its qualifier and unit: "112" people, ">=16" (at least 16), "~300" (about
 * 300), "7.8" (a magnitude), "400 m". Two amounts can both be true when the ranges their qualifiers allow
 * overlap: "at least 16" and "20" can, "about 300" and "305" can, "300 m" and "400 m" cannot.
 */
public record QuantityValue(String qualifier, double amount, String unit) {
    /** How far "about" stretches: about 300 is 270 to 330. */
    private static final double APPROXIMATION = 0.1;
    private static final Pattern VALUE = Pattern.compile("(>=|<=|>|<|~)?(\\d+(?:\\.\\d+)?)(?: (\\S+))?");

    public String value() {
        String number = amount == Math.rint(amount) ? String.valueOf((long) amount) : String.valueOf(amount);
        return qualifier + number + (unit.isEmpty() ? "" : " " + unit);
    }

    public static QuantityValue parse(String value) {
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) throw new IllegalArgumentException("not a quantity: " + value);
        return new QuantityValue(m.group(1) == null ? "" : m.group(1), Double.parseDouble(m.group(2)),
                m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT));
    }

    public boolean compatibleWith(QuantityValue other) {
        return unit.equals(other.unit) && asQualified().compatibleWith(other.asQualified(), APPROXIMATION);
    }

    /** The least this value allows: "at least 16" is 16, "about 300" is 270. */
    public double lowest() {
        return asQualified().range(APPROXIMATION)[0];
    }

    private Qualified asQualified() {
        return new Qualified(qualifier, amount);
    }
}

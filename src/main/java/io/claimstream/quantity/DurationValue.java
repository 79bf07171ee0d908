package io.claimstream.quantity;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long something lasted, as ISO-8601 with an optional qualifier: "PT50M", ">PT3H" (more than three hours),
 * "~PT1H" (about an hour), ">=P2D" (at least two days). Two durations can both be true when the ranges their
 * qualifiers allow overlap: "more than three hours" and "about three and a half hours" can, "more than three
 * hours" and "less than an hour" cannot.
 */
public record DurationValue(String qualifier, double seconds) {
    /** How far "about" stretches: about an hour is 48 to 72 minutes. */
    private static final double APPROXIMATION = 0.2;
    private static final Pattern VALUE = Pattern.compile("(>=|<=|>|<|~)?P(?:(\\d+(?:\\.\\d+)?)Y)?(?:(\\d+(?:\\.\\d+)?)M)?"
            + "(?:(\\d+(?:\\.\\d+)?)W)?(?:(\\d+(?:\\.\\d+)?)D)?(?:T(?:(\\d+(?:\\.\\d+)?)H)?(?:(\\d+(?:\\.\\d+)?)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");
    /** ISO-8601's years and months are nominal: twelve 30-day months make a year, so that 2.5 years is P2Y6M. */
    private static final double[] UNIT_SECONDS = {360 * 86400.0, 30 * 86400.0, 7 * 86400.0, 86400, 3600, 60, 1};

    public String value() {
        return qualifier + iso(seconds);
    }

    public static DurationValue parse(String value) {
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) throw new IllegalArgumentException("not a duration: " + value);
        double total = 0;
        for (int g = 2; g <= 8; g++) {
            if (m.group(g) != null) total += Double.parseDouble(m.group(g)) * UNIT_SECONDS[g - 2];
        }
        return new DurationValue(m.group(1) == null ? "" : m.group(1), total);
    }

    public boolean compatibleWith(DurationValue other) {
        return new Qualified(qualifier, seconds).compatibleWith(new Qualified(other.qualifier, other.seconds), APPROXIMATION);
    }

    /** The largest units that express the length exactly: 9000 s is PT2H30M, 2.5 years P2Y6M. */
    static String iso(double seconds) {
        long s = Math.round(seconds);
        if (s % 86400 == 0 && s >= 86400) {
            long days = s / 86400;
            if (days % 360 == 0) return "P" + days / 360 + "Y";
            if (days % 360 % 30 == 0) return "P" + (days / 360 > 0 ? days / 360 + "Y" : "") + days % 360 / 30 + "M";
            if (days % 7 == 0) return "P" + days / 7 + "W";
            return "P" + days + "D";
        }
        StringBuilder b = new StringBuilder("PT");
        if (s >= 3600) b.append(s / 3600).append('H');
        if (s % 3600 >= 60) b.append(s % 3600 / 60).append('M');
        if (s % 60 > 0 || s == 0) b.append(s % 60).append('S');
        return b.toString();
    }

    @Override
    public String toString() {
        return value().toUpperCase(Locale.ROOT);
    }
}

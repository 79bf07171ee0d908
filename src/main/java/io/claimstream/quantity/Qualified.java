package io.claimstream.quantity;

import java.util.Locale;

/**
 * An amount with the qualifier news puts on it: exact, "more than" (>), "at least" (>=), "less than" (<),
 * "at most" (<=), "about" (~). Each allows a range of true amounts; two can both be true when their ranges meet.
 */
record Qualified(String qualifier, double amount) {

    /** The symbol for the qualifying words: "more than" is >, "at least" >=, "about" ~. */
    static String symbol(String words) {
        if (words == null) return "";
        return switch (words.toLowerCase(Locale.ROOT)) {
            case "more than", "over", "longer than", "in excess of" -> ">";
            case "less than", "under", "fewer than", "shorter than" -> "<";
            case "at least" -> ">=";
            case "at most", "up to", "no more than" -> "<=";
            default -> "~";
        };
    }

    /** @param approximation how far "about" stretches, as a fraction of the amount */
    double[] range(double approximation) {
        return switch (qualifier) {
            case ">", ">=" -> new double[] {amount, Double.POSITIVE_INFINITY};
            case "<", "<=" -> new double[] {0, amount};
            case "~" -> new double[] {amount * (1 - approximation), amount * (1 + approximation)};
            default -> new double[] {amount, amount};
        };
    }

    /** Whether both can be true: the ranges overlap, and where they only touch, neither excludes the touching point. */
    boolean compatibleWith(Qualified other, double approximation) {
        double[] a = range(approximation), b = other.range(approximation);
        if (a[0] > b[1] || b[0] > a[1]) return false;
        boolean touchAbove = a[1] == b[0] && (qualifier.equals("<") || other.qualifier.equals(">"));
        boolean touchBelow = b[1] == a[0] && (other.qualifier.equals("<") || qualifier.equals(">"));
        return !touchAbove && !touchBelow;
    }
}

package io.claimstream.eval;

/**
 * Precision and recall of one coreference metric as the fractions the metric sums up, so that the figures stay
 * exact until printed. A metric with nothing to score (a zero denominator) scores 0, as the CoNLL reference
 * scorer does.
 */
public record Score(double precisionNumerator, double precisionDenominator, double recallNumerator, double recallDenominator) {

    public double precision() {
        return precisionDenominator == 0 ? 0 : precisionNumerator / precisionDenominator;
    }

    public double recall() {
        return recallDenominator == 0 ? 0 : recallNumerator / recallDenominator;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

package io.claimstream.verdict;

import java.time.Instant;
import java.util.List;

/** A newly arrived claim set against the earlier claims about the same event and attribute that it agrees or conflicts with. */
public record Verdict(Kind verdict, String eventKey, String eventId, String eventLabel, String attribute, Side claim,
                      List<Side> others, String explanation, Instant detectedAt) {

    public enum Kind { AGREEMENT, CONTRADICTION }

    /** One claim as a verdict shows it: who said what, in which sentence. */
    public record Side(String claimId, String articleId, String source, String value, String text, Instant publishedAt) {
    }
}

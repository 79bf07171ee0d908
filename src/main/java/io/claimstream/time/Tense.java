package io.claimstream.time;

import io.claimstream.text.Sentence;
import io.claimstream.text.Sentence.Token;
import java.util.Locale;
import java.util.Set;

/**
 * The tense of the verb that governs a time expression, which decides the year of "December 5":
 * "will meet on December 5" is the next one, "met on December 31" the last one.
 */
public enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN;

    private static final int LOOK_LEFT = 8;
    private static final int LOOK_RIGHT = 14;
    private static final Set<String> FUTURE_MARKERS = Set.of("will", "shall", "'ll", "wo");
    /** "are expected to begin", "is set to meet", "is due to", "is scheduled to", "is going to". */
    private static final Set<String> FUTURE_INTENT = Set.of("expected", "set", "due", "scheduled", "planned",
            "going", "slated", "poised", "upcoming", "next", "forthcoming");
    private static final Set<String> PAST_MARKERS = Set.of("ago", "last", "earlier", "previously", "latest");
    private static final Set<String> BOUNDARY = Set.of(";", ":", "\"", "(", ")");

    /** The tense around tokens [first, last] of the sentence: the nearest verb group on the left, else on the right. */
    public static Tense around(Sentence s, int first, int last) {
        Tense cue = lexicalCue(s, first, last);
        if (cue != UNKNOWN) return cue;
        for (int i = first - 1; i >= Math.max(0, first - LOOK_LEFT); i--) {
            if (BOUNDARY.contains(s.token(i).text())) break;
            if (s.token(i).isVerb()) return ofVerbGroup(s, i);
        }
        for (int i = last + 1; i < Math.min(s.size(), last + 1 + LOOK_RIGHT); i++) {
            if (BOUNDARY.contains(s.token(i).text())) break;
            if (s.token(i).isVerb()) return ofVerbGroup(s, groupEnd(s, i));
        }
        return UNKNOWN;
    }

    private static Tense lexicalCue(Sentence s, int first, int last) {
        for (int i = Math.max(0, first - 3); i <= Math.min(s.size() - 1, last + 1); i++) {
            String w = s.token(i).text().toLowerCase(Locale.ROOT);
            if (w.equals("upcoming") || w.equals("forthcoming")) return FUTURE;
            if (w.equals("ago")) return PAST;
        }
        return UNKNOWN;
    }

    private static int groupEnd(Sentence s, int i) {
        while (i + 1 < s.size() && (s.token(i + 1).isVerb() || s.token(i + 1).tag().startsWith("RB")
                || s.token(i + 1).text().equalsIgnoreCase("to"))) {
            i++;
        }
        return i;
    }

    /** Classifies the verb group that ends at token {@code end}: "will also host", "was held", "are expected to begin". */
    private static Tense ofVerbGroup(Sentence s, int end) {
        boolean past = false, present = false, future = false, participle = false;
        for (int i = end; i >= 0 && end - i < 6; i--) {
            Token t = s.token(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            boolean inGroup = t.isVerb() || t.tag().startsWith("RB") || w.equals("to") || FUTURE_INTENT.contains(w);
            if (!inGroup) break;
            if (FUTURE_MARKERS.contains(w) || FUTURE_INTENT.contains(w)) future = true;
            else if (PAST_MARKERS.contains(w)) past = true;
            else if (t.tag().equals("VBD")) past = true;
            else if (participle && (w.equals("has") || w.equals("have"))) past = true;
            else if (t.tag().equals("VBZ") || t.tag().equals("VBP") || t.tag().equals("VBG")) present = true;
            else if (t.tag().equals("VBN")) {
                participle = true;
                if (i == 0 || !s.token(i - 1).isVerb()) past = true;
            }
        }
        if (future) return FUTURE;
        if (past) return PAST;
        return present ? PRESENT : UNKNOWN;
    }
}

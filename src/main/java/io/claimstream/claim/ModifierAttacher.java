package io.claimstream.claim;

import io.claimstream.event.EventMention;
import io.claimstream.text.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which event mention of a sentence a date, place or duration belongs to, when a sentence names several
 * ("the talks in Geneva on March 3, the council meeting on March 5, and an OSCE meeting in Vienna on
 * March 6"). The sentence is cut into segments at commas and at "and" before a new phrase; a modifier
 * belongs to the nearest mention before it in its segment, a fronted one ("On March 5, …") to the first
 * mention after it. A date that dates the reporting ("said on Monday", "stated in December") or a reference
 * point ("since 2014") belongs to no event.
 */
final class ModifierAttacher {
    private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "say", "told", "tells", "stated", "states",
            "reported", "reports", "announced", "announces", "confirmed", "confirms", "added", "noted", "warned", "stressed",
            "emphasized", "emphasised", "explained", "claimed", "insisted", "wrote", "tweeted", "declared", "revealed");
    private static final Set<String> SEGMENT_BREAKS = Set.of(",", ";", ":", "—", "–", "-");
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or");
    /** Words that may stand before a fronted time expression: "On the night of", "In the early hours on". */
    private static final Set<String> FRONT_WORDS = Set.of("on", "in", "at", "the", "of", "night", "morning", "evening",
            "afternoon", "early", "late", "hours", "and", "during", "by", "from", "then", "but", "last", "this", "next");
    private static final int POSSESSIVE_REACH = 4;
    private static final int FRONTED_REACH = 30;

    private ModifierAttacher() {
    }

    /** Which tokens of the sentence belong to some modifier: no segment is cut inside one. */
    static boolean[] covered(Sentence s, List<Modifier> modifiers) {
        boolean[] covered = new boolean[s.size()];
        for (Modifier m : modifiers) {
            for (int k = m.first(); k <= m.last() && k < covered.length; k++) covered[k] = true;
        }
        return covered;
    }

    /** @param covered the sentence's tokens that belong to a modifier (see {@link #covered}) */
    static EventMention attach(Sentence s, Modifier mod, List<EventMention> mentions, boolean[] covered) {
        if (mentions.isEmpty()) return null;
        if (mod.attribute().equals("date") && (datesTheReporting(s, mod) || isReferencePoint(s, mod))) return null;
        int reach = switch (mod.attribute()) {
            case "date" -> 15;
            default -> 12;
        };
        for (EventMention m : mentions) {
            if (mod.first() >= m.first() && mod.last() <= m.last()) return m; // "a 50-minute call", "the 7.8-magnitude quake"
        }
        if (mod.beforeItsEvent()) return nearestAfter(s, mod, mentions, POSSESSIVE_REACH);
        int[] segment = segmentOf(s, mod, covered);
        boolean canBeFronted = mod.attribute().equals("date") || mod.attribute().equals("location");
        if (canBeFronted && isFronted(s, mod, segment)) return nearestAfter(s, mod, mentions, FRONTED_REACH);
        EventMention best = null;
        for (EventMention m : mentions) {
            if (m.last() < mod.first() && m.first() >= segment[0] && (best == null || m.last() > best.last())) best = m;
        }
        if (best != null && mod.first() - best.last() - 1 <= reach) return best;
        best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (EventMention m : mentions) {
            int distance = m.last() < mod.first() ? mod.first() - m.last() - 1 : m.first() > mod.last() ? m.first() - mod.last() - 1 : 0;
            if (distance < bestDistance && !reportingVerbBetween(s, mod, m)) {
                best = m;
                bestDistance = distance;
            }
        }
        return bestDistance <= reach ? best : null;
    }

    private static EventMention nearestAfter(Sentence s, Modifier mod, List<EventMention> mentions, int reach) {
        for (EventMention m : mentions) {
            if (m.first() > mod.last() && m.first() - mod.last() - 1 <= reach && !reportingVerbBetween(s, mod, m)) return m;
        }
        return null;
    }

    /** The segment around the modifier: tokens between breaks, never cutting through another modifier. */
    private static int[] segmentOf(Sentence s, Modifier mod, boolean[] covered) {
        int start = mod.first();
        while (start > 0 && !isBreak(s, start - 1, covered)) start--;
        int end = mod.last();
        while (end + 1 < s.size() && !isBreak(s, end + 1, covered)) end++;
        return new int[] {start, end};
    }

    private static boolean isBreak(Sentence s, int k, boolean[] covered) {
        if (covered != null && covered[k]) return false;
        String w = s.token(k).text().toLowerCase(Locale.ROOT);
        if (SEGMENT_BREAKS.contains(w)) return true;
        // "… in Brussels and on January 13 - at a meeting …": a coordinated phrase starts a segment
        return COORDINATORS.contains(w) && k + 1 < s.size() && s.token(k + 1).tag().equals("IN");
    }

    private static boolean isFronted(Sentence s, Modifier mod, int[] segment) {
        for (int k = segment[0]; k < mod.first(); k++) {
            if (!FRONT_WORDS.contains(s.token(k).text().toLowerCase(Locale.ROOT)) && !isBreak(s, k, null)) return false;
        }
        return true;
    }

    /** "said on Monday", "stated in December that …", "told reporters yesterday". */
    private static boolean datesTheReporting(Sentence s, Modifier mod) {
        for (int k = mod.first() - 1; k >= Math.max(0, mod.first() - 4); k--) {
            if (isReportingVerb(s, k)) return true;
            if (s.token(k).isVerb() && !s.token(k).tag().equals("MD")) return false;
        }
        return false;
    }

    /** "since 2014", "for the first time since 2019": the point things are measured from, not the event's time. */
    private static boolean isReferencePoint(Sentence s, Modifier mod) {
        int k = mod.first() - 1;
        if (k >= 0 && Set.of("in", "on").contains(s.token(k).text().toLowerCase(Locale.ROOT))) k--;
        return (k >= 0 && s.token(k).text().equalsIgnoreCase("since")) || s.token(mod.first()).text().equalsIgnoreCase("since");
    }

    /** "said", "stated" as verbs: "the United States" is not a report. */
    private static boolean isReportingVerb(Sentence s, int k) {
        return s.token(k).isVerb() && REPORTING_VERBS.contains(s.token(k).text().toLowerCase(Locale.ROOT));
    }

    private static boolean reportingVerbBetween(Sentence s, Modifier mod, EventMention m) {
        int from = Math.min(mod.last(), m.last()) + 1;
        int to = Math.max(mod.first(), m.first()) - 1;
        for (int k = from; k <= to; k++) {
            if (isReportingVerb(s, k)) return true;
        }
        return false;
    }
}

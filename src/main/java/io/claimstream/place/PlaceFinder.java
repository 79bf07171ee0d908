package io.claimstream.place;

import io.claimstream.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds where something happens: a known place after "in", "at", "near" ("talks in Geneva", "headquarters in
 * Brussels", "in the Swiss city of Geneva"), or a place that hosts ("Geneva is hosting talks", "Brussels will also host a meeting").
 */
public final class PlaceFinder {
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "near", "outside", "inside");
    /** "In the Swiss city of Geneva": what stands between the preposition and the place. */
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "capital", "province", "region", "district",
            "port", "island", "state", "county");
    private static final Set<String> HOST_VERBS = Set.of("host", "hosts", "hosted", "hosting");

    /**
     * @param hostsWhatFollows true for "Geneva is hosting …": the place belongs to the event named after it
     */
    public record Found(int first, int last, Entity place, boolean hostsWhatFollows) {
    }

    private final Gazetteer gazetteer;

    public PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Found> find(Sentence s) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Optional<Gazetteer.Match> match = gazetteer.longestAt(s, i);
            if (match.isEmpty()) continue;
            int last = match.get().last();
            Entity place = match.get().entity();
            // a continent is too vague to be where an event happened; "Cooperation in Europe" inside a name is no place
            if (!place.isPlace() || place.kind() == Entity.Kind.REGION) {
                i = last;
                continue;
            }
            if (isPossessive(s, last)) continue; // "Russia's actions" is an actor, not a place
            if (afterPreposition(s, i)) {
                found.add(new Found(i, last, place, false));
            } else if (hostsNext(s, last)) {
                found.add(new Found(i, last, place, true));
            }
            i = last;
        }
        return found;
    }

    private static boolean isPossessive(Sentence s, int last) {
        return last + 1 < s.size() && s.token(last + 1).text().equals("'s");
    }

    private static boolean afterPreposition(Sentence s, int i) {
        int k = i - 1;
        // "in the (Swiss) city of Geneva": the place behind "of" is the preposition's object
        if (k >= 2 && s.token(k).text().equalsIgnoreCase("of") && PLACE_NOUNS.contains(s.token(k - 1).text().toLowerCase(Locale.ROOT))) {
            k -= 2;
            if (k >= 0 && !s.token(k).text().equalsIgnoreCase("the")) k--; // an adjective or a demonym: "Swiss", "northern"
        }
        if (k >= 0 && s.token(k).text().equalsIgnoreCase("the")) k--;
        return k >= 0 && PREPOSITIONS.contains(s.token(k).text().toLowerCase(Locale.ROOT));
    }

    private static boolean hostsNext(Sentence s, int last) {
        for (int k = last + 1; k < Math.min(s.size(), last + 4); k++) {
            String w = s.token(k).text().toLowerCase(Locale.ROOT);
            if (HOST_VERBS.contains(w)) return true;
            if (!s.token(k).isVerb() && !s.token(k).tag().startsWith("RB")) return false;
        }
        return false;
    }
}

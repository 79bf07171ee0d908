package io.claimstream.event;

import io.claimstream.place.Entity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A place in a sentence where an event is named: "Indian-Chinese talks", "a meeting of the EU-China Joint Committee",
 * "held telephone conversations". Tokens [first, last] are the words that name it and its parties.
 *
 * @param kind         what happened: meeting, call, attack, earthquake…
 * @param participants the parties, as canonical actors (countries, organisations), sorted by id; empty when
 *                     the sentence does not say who (such a mention still absorbs its modifiers but yields no claim)
 * @param qualifier    the named body or group that meets ("council", "military committee", "foreign ministers"),
 *                     which tells apart events of the same parties; null when none is named
 * @param occurrence   CURRENT, or PREVIOUS for "the last meeting", "the latest one"
 * @param body         whether the mention names a standing body ("EU-China Joint Committee"), which later sentences may
 *                     refer back to
 */
public record EventMention(String kind, int first, int last, List<Entity> participants, String qualifier,
                           Occurrence occurrence, String label, boolean body) {

    public enum Occurrence { CURRENT, PREVIOUS }

    public boolean hasParties() {
        return !participants.isEmpty();
    }

    /**
     * The partition key of every claim about this mention: its kind and its parties, never a date, place or
     * number, so that reports that disagree on those still meet.
     */
    public String key() {
        return kind + ":" + participants.stream().map(Entity::id).collect(Collectors.joining("+"));
    }

    EventMention withParties(List<Entity> parties, String newQualifier, String newLabel) {
        return new EventMention(kind, first, last, parties, newQualifier, occurrence, newLabel, body);
    }
}

package io.claimstream.event;

import java.util.Optional;

/** The kind of event a word names, for code outside extraction that meets event words on their own. */
public final class EventKinds {
    private EventKinds() {
    }

    /** "quake" and "earthquake" → earthquake; "talks" → meeting; empty for a word the trigger lexicon does not know. */
    public static Optional<String> of(String word) {
        return Optional.ofNullable(TriggerLexicon.lookup(word, null)).map(TriggerLexicon.Trigger::kind);
    }
}

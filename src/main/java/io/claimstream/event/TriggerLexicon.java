package io.claimstream.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Words that name an event, with the kind of event and whether they are nouns or verbs (triggers.tsv). */
final class TriggerLexicon {
    record Trigger(String kind, boolean verb, int words) {
    }

    private static final Map<String, Trigger> TRIGGERS = load();
    /** Every single word that starts a trigger, for a quick look at whether a sentence can name an event at all. */
    private static final java.util.Set<String> FIRST_WORDS = TRIGGERS.keySet().stream().map(t -> t.split(" ")[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private TriggerLexicon() {
    }

    /** The trigger spelled by one word, or by it and the next ("air strike"), lowercased. */
    static Trigger lookup(String word, String next) {
        if (next != null) {
            Trigger two = TRIGGERS.get(word.toLowerCase(Locale.ROOT) + " " + next.toLowerCase(Locale.ROOT));
            if (two != null) return two;
        }
        return TRIGGERS.get(word.toLowerCase(Locale.ROOT));
    }

    static boolean startsTrigger(String lowercaseWord) {
        return FIRST_WORDS.contains(lowercaseWord);
    }

    private static Map<String, Trigger> load() {
        try (InputStream in = TriggerLexicon.class.getResourceAsStream("triggers.tsv")) {
            if (in == null) throw new IllegalStateException("event trigger lexicon triggers.tsv is missing");
            Map<String, Trigger> map = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                map.put(f[0], new Trigger(f[1], f[2].equals("V"), f[0].split(" ").length));
            }
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read triggers.tsv", e);
        }
    }
}

package io.claimstream.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kind of event an ECB+ mention names, which the product keys it by: its head lemma ({@link HeadLemma}), with a
 * noun and the verb it comes from taken as one ("explosion", "exploded"; "arrests", "arrested"), and words news uses
 * for one kind of event taken as one ("murdered" and "killed", "quake" and "earthquake", "detained" and "arrested").
 * The table is general English, short on purpose: a synonym that is also a word for another kind of event ("fire":
 * a blaze, a shot, a dismissal) is left out. Tuned on ECB+ topics 1-35 only.
 */
final class MentionKind {
    /** Derivational endings, longest first; what is left must be a stem of four letters at least. */
    private static final List<String> ENDINGS = List.of("ations", "ation", "itions", "ition", "ions", "ion", "ments", "ment",
            "als", "al", "ers", "er", "ors", "or");
    /** Written as words; read through the same lemma and stem as mentions are. */
    private static final Map<String, String> SAME_KIND = sameKind(
            "die:dead,death", "kill:murder,killing,slay,slaying", "quake:earthquake,temblor,tremor", "injure:wound,hurt",
            "arrest:detain,capture,apprehend,nab", "win:victory", "flee:escape", "rob:robbery,heist", "strike:hit",
            "explode:explosion,blast", "buy:acquire,acquisition,purchase", "resign:quit", "hire:appoint", "jail:imprison",
            "announce:unveil", "attack:assault");

    private MentionKind() {
    }

    static String of(String mention) {
        String base = base(HeadLemma.of(mention));
        return SAME_KIND.getOrDefault(base, base);
    }

    /** The lemma without a derivational ending ("killings" → "killing" → "kill"; "explosion" → "explos"). */
    private static String base(String lemma) {
        lemma = HeadLemma.lemma(lemma);
        for (String ending : ENDINGS) {
            if (lemma.endsWith(ending) && lemma.length() - ending.length() >= 4) {
                return HeadLemma.lemma(lemma.substring(0, lemma.length() - ending.length()));
            }
        }
        return lemma;
    }

    private static Map<String, String> sameKind(String... groups) {
        Map<String, String> kinds = new HashMap<>();
        for (String group : groups) {
            String[] parts = group.split(":");
            String kind = base(HeadLemma.lemma(parts[0]));
            for (String member : parts[1].split(",")) kinds.put(base(HeadLemma.lemma(member)), kind);
        }
        return kinds;
    }
}

package io.claimstream.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The head lemma of an event mention, without a lemmatizer (the project's OpenNLP models tag but do not
 * lemmatize). The head is the last word of the mention, skipping trailing particles, prepositions and punctuation
 * ("checked into" → "checked"). Its lemma is the
 * lowercased word with irregular verb forms looked up in a small table ("shot" → "shoot", "said" → "say") and
 * regular endings stripped: -ing and -ed (undoubling a doubled final consonant: "shopping", "planned"), -ied/-ies
 * → -y, -es after a sibilant and -s; finally a trailing "e" goes, so that "arrive", "arrived" and "arriving" meet
 * as "arriv". The result is a stem rather than a dictionary lemma, which is all that comparing heads needs: the
 * inflections of one word meet, different words stay apart.
 */
final class HeadLemma {
    private static final Set<String> TRAILING = Set.of("to", "into", "in", "on", "onto", "out", "up", "off", "down", "over",
            "of", "for", "with", "at", "by", "from", "back", "away", "the", "a", "an", "'s", "’s");
    private static final Map<String, String> IRREGULAR = irregular(
            "say:said,says", "tell:told", "take:took,taken", "shoot:shot", "strike:struck,stricken", "die:died,dies,dying",
            "run:ran", "win:won", "lose:lost", "leave:left", "make:made", "meet:met", "hold:held", "fall:fell,fallen",
            "go:went,gone,goes", "come:came", "see:saw,seen", "begin:began,begun", "bring:brought", "catch:caught",
            "fight:fought", "find:found", "give:gave,given", "get:got,gotten", "know:knew,known", "lead:led", "pay:paid",
            "send:sent", "sell:sold", "spend:spent", "steal:stole,stolen", "think:thought", "throw:threw,thrown",
            "write:wrote,written", "be:was,were,is,are,been,being,am", "have:has,had,having", "do:did,does,done",
            "choose:chose,chosen", "drive:drove,driven", "break:broke,broken", "hide:hid,hidden", "rise:rose,risen",
            "sink:sank,sunk", "shake:shook,shaken", "speak:spoke,spoken", "swear:swore,sworn", "blow:blew,blown",
            "grow:grew,grown", "fly:flew,flown,flies", "flee:fled", "bleed:bled", "feed:fed", "hang:hung", "lay:laid",
            "slide:slid", "stick:stuck", "sweep:swept", "tear:tore,torn", "undergo:underwent,undergone",
            "withdraw:withdrew,withdrawn", "seek:sought", "buy:bought", "build:built", "deal:dealt", "feel:felt",
            "keep:kept", "mean:meant", "sleep:slept", "stand:stood", "understand:understood", "wake:woke,woken",
            "bear:bore,born", "overtake:overtook,overtaken");

    private HeadLemma() {
    }

    /** The head lemma of a mention given as space-separated words. */
    static String of(String mention) {
        return lemma(head(List.of(mention.strip().split("\\s+"))));
    }

    static String head(List<String> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            if (!TRAILING.contains(w) && w.chars().anyMatch(Character::isLetterOrDigit)) return words.get(i);
        }
        return words.get(words.size() - 1);
    }

    static String lemma(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
        String irregular = IRREGULAR.get(w);
        return withoutFinalE(irregular != null ? irregular : stripEnding(w));
    }

    private static String stripEnding(String w) {
        if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("ied") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("ing") && w.length() >= 6) return undouble(w.substring(0, w.length() - 3));
        if (w.endsWith("ed") && w.length() >= 5) return undouble(w.substring(0, w.length() - 2));
        if (w.endsWith("es") && w.length() >= 5 && w.matches(".*(s|x|z|ch|sh)es")) return w.substring(0, w.length() - 2);
        if (w.endsWith("s") && w.length() >= 4 && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** "shopp" → "shop", "plann" → "plan"; but "kill", "pass" and "buzz" keep their doubled letters. */
    private static String undouble(String stem) {
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }

    private static String withoutFinalE(String w) {
        return w.length() > 3 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
    }

    private static Map<String, String> irregular(String... entries) {
        HashMap<String, String> map = new HashMap<>();
        for (String entry : entries) {
            String[] parts = entry.split(":");
            map.put(parts[0], parts[0]);
            for (String form : parts[1].split(",")) map.put(form, parts[0]);
        }
        return Map.copyOf(map);
    }
}

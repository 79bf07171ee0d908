package io.claimstream.text;

import java.util.Locale;
import java.util.Set;

/**
 * Restores the Penn Treebank verb tags that tense depends on. OpenNLP's English model is trained on Universal
 * Dependencies and tags every verb VERB (VB in Penn form) and every auxiliary AUX (MD): "held", "holds" and
 * "hold" look alike. The form of the word and the auxiliary before it tell them apart again: past (VBD),
 * participle (VBN), gerund (VBG), third person present (VBZ), other present or base (VBP/VB), modal (MD).
 */
final class VerbForms {
    private static final Set<String> MODALS = Set.of("will", "'ll", "wo", "shall", "would", "'d", "should", "can", "ca",
            "could", "may", "might", "must");
    private static final Set<String> PERFECT_OR_PASSIVE = Set.of("have", "has", "had", "'ve", "having", "be", "is", "are",
            "am", "was", "were", "been", "being", "'s", "'re", "get", "gets", "got");
    /** Irregular forms that are both simple past and participle. */
    private static final Set<String> PAST_OR_PARTICIPLE = Set.of("held", "met", "said", "told", "made", "found", "thought",
            "brought", "bought", "left", "kept", "felt", "sent", "spent", "built", "led", "fought", "won", "lost", "sat", "stood",
            "understood", "heard", "hit", "hurt", "laid", "lent", "let", "lit", "meant", "paid", "put", "quit", "read", "set",
            "shot", "shut", "slept", "sold", "sought", "struck", "taught", "wound", "had", "cast", "caught", "cost", "cut",
            "dealt", "dug", "fed", "fled", "hung", "upheld", "withheld", "swept", "spread", "split", "stuck", "bound", "beat",
            "burnt", "dreamt", "learnt", "sped", "spun", "thrust", "upset", "bet", "bid", "broadcast", "forecast");
    private static final Set<String> PAST_ONLY = Set.of("was", "were", "did", "began", "came", "went", "gave", "saw", "took",
            "wrote", "spoke", "broke", "chose", "drew", "drove", "fell", "flew", "forgot", "grew", "knew", "rode", "rose",
            "rang", "sang", "sank", "swore", "tore", "threw", "woke", "wore", "withdrew", "became", "ate", "bit", "blew", "bore",
            "froze", "forgave", "shook", "shone", "shrank", "slid", "sprang", "stole", "strove", "swam", "swung", "undertook",
            "overtook", "overcame", "arose", "awoke", "foresaw", "mistook", "oversaw", "strode", "trod", "underwent", "ran",
            "hid", "lay", "forbade", "got");
    private static final Set<String> PARTICIPLE_ONLY = Set.of("been", "begun", "taken", "gone", "given", "seen", "written",
            "spoken", "broken", "chosen", "drawn", "driven", "fallen", "flown", "forgotten", "gotten", "grown", "known", "lain",
            "ridden", "risen", "rung", "sung", "sunk", "sworn", "torn", "thrown", "woken", "worn", "withdrawn", "done", "eaten",
            "bitten", "blown", "born", "borne", "frozen", "forgiven", "shaken", "stolen", "striven", "undertaken", "overtaken",
            "arisen", "awoken", "foreseen", "mistaken", "overseen", "undergone", "hidden", "beaten");
    /** Words ending in -ed that are not past forms. */
    private static final Set<String> NOT_PAST = Set.of("need", "feed", "speed", "seed", "proceed", "exceed", "succeed", "bleed",
            "breed", "embed", "shed", "bed", "red", "heed", "weed", "reed", "deed", "creed", "greed", "indeed", "shred");

    private VerbForms() {
    }

    /** The Penn tag of a token the model tagged VB or MD, given the words before it. */
    static String refine(String[] words, String[] tags, int i) {
        String w = words[i].toLowerCase(Locale.ROOT);
        String tag = tags[i];
        if (!tag.equals("VB") && !tag.equals("MD")) return tag;
        if (MODALS.contains(w)) return "MD";
        switch (w) {
            case "is", "'s", "has", "does" -> { return "VBZ"; }
            case "are", "am", "'re", "have", "'ve", "do" -> { return "VBP"; }
            case "be" -> { return "VB"; }
            case "being" -> { return "VBG"; }
            default -> { }
        }
        if (PARTICIPLE_ONLY.contains(w)) return "VBN";
        if (PAST_ONLY.contains(w)) return "VBD";
        boolean pastForm = PAST_OR_PARTICIPLE.contains(w) || (w.endsWith("ed") && w.length() > 3 && !NOT_PAST.contains(w));
        if (pastForm) return afterAuxiliary(words, i) ? "VBN" : "VBD";
        if (w.endsWith("ing") && w.length() > 4) return "VBG";
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 2) return "VBZ";
        return afterModalOrTo(words, i) ? "VB" : "VBP";
    }

    /** "has held", "was held", "were not yet held": a form of have or be before it makes it a participle. */
    private static boolean afterAuxiliary(String[] words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            String w = words[k].toLowerCase(Locale.ROOT);
            if (PERFECT_OR_PASSIVE.contains(w)) return true;
            if (!w.endsWith("ly") && !Set.of("not", "n't", "also", "already", "yet", "just", "never", "been", "being").contains(w)) {
                return false;
            }
        }
        return false;
    }

    private static boolean afterModalOrTo(String[] words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String w = words[k].toLowerCase(Locale.ROOT);
            if (MODALS.contains(w) || w.equals("to") || w.equals("did") || w.equals("does") || w.equals("do")) return true;
            if (!w.endsWith("ly") && !Set.of("not", "n't", "also", "then").contains(w)) return false;
        }
        return false;
    }
}

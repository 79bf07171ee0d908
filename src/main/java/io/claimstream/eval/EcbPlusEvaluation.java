package io.claimstream.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Event coreference on ECB+ with gold mentions: the lemma baseline and the product's identity, each in the given
 * settings, scored against the gold events with MUC, B³, CEAF-e and CoNLL F1.
 */
public final class EcbPlusEvaluation {
    private final EcbPlusCorpus corpus;

    public EcbPlusEvaluation(EcbPlusCorpus corpus) {
        this.corpus = corpus;
    }

    public List<EvaluationRow> run(List<Setting> settings) {
        List<GoldMention> mentions = corpus.mentions();
        List<Set<String>> key = goldEvents(mentions);
        List<EvaluationRow> rows = new ArrayList<>();
        for (Clusterer system : List.of(new LemmaBaseline(), new ResolverClusterer(corpus.documents()))) {
            for (Setting setting : settings) {
                List<Set<String>> response = new ArrayList<>();
                for (List<GoldMention> part : setting.split(mentions)) response.addAll(system.cluster(part));
                rows.add(new EvaluationRow(system.name(), setting, CorefScores.of(key, response)));
            }
        }
        return rows;
    }

    static List<Set<String>> goldEvents(List<GoldMention> mentions) {
        Map<String, Set<String>> events = new LinkedHashMap<>();
        for (GoldMention m : mentions) events.computeIfAbsent(m.cluster(), c -> new LinkedHashSet<>()).add(m.id());
        return new ArrayList<>(events.values());
    }

    /** The rows as a table of percentages, under a line saying what was scored. */
    public String table(String corpusLabel, List<EvaluationRow> rows) {
        List<GoldMention> mentions = corpus.mentions();
        StringBuilder out = new StringBuilder();
        out.append(String.format("%s: %d documents, %d gold event mentions, %d gold events (%d singletons)%n", corpusLabel,
                corpus.documents().size(), mentions.size(), goldEvents(mentions).size(),
                goldEvents(mentions).stream().filter(e -> e.size() == 1).count()));
        out.append(String.format("%-15s %-7s | %-17s | %-17s | %-17s | %s%n", "system", "setting", "MUC  P    R    F1",
                "B3   P    R    F1", "CEAF-e P   R    F1", "CoNLL F1"));
        for (EvaluationRow row : rows) {
            CorefScores s = row.scores();
            out.append(String.format("%-15s %-7s | %s | %s | %s | %5.1f%n", row.system(), row.setting().label(),
                    prf(s.muc()), prf(s.bCubed()), prf(s.ceafE()), 100 * s.conllF1()));
        }
        return out.toString();
    }

    private static String prf(Score s) {
        return String.format("%5.1f %5.1f %5.1f", 100 * s.precision(), 100 * s.recall(), 100 * s.f1());
    }
}

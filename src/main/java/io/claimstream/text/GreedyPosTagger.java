package io.claimstream.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's maxent part-of-speech model, decoded greedily: at each token, the tag with the highest score among those
 * the model's validator allows after the tags before it. That is what POSTaggerME gives with a beam of one (and, on
 * news, with the model's beam of three), at a fraction of the cost:
 * <ul>
 *   <li>no beam search around the model: a uniform prior and a softmax over every tag, a sorted copy of the scores and
 *       a sequence object per token cost as much as the model's own work, and the highest sum of feature weights is
 *       the highest probability (the prior is uniform, the softmax keeps the order);</li>
 *   <li>no feature strings per token: the model's features (its generator.featuregen) are the word's own (prefixes,
 *       suffixes, the word, its shape), the words two before and two after, the sentence's start, and the two tags
 *       before. The weights of what depends on one word alone are summed once per word and kept for the next time it
 *       comes, in each of the five places it can stand, instead of building and hashing a dozen strings per token.</li>
 * </ul>
 * Tags come out in Penn Treebank form, mapped from the model's Universal Dependencies tags as POSTaggerME maps them.
 * Instances are not thread-safe.
 */
final class GreedyPosTagger {
    /** About a megabyte and a half per thousand words: the words news uses most, not all it ever used. */
    private static final int KEPT_WORDS = 8_192;
    private static final int OWN = 0, BEFORE_1 = 1, BEFORE_2 = 2, AFTER_1 = 3, AFTER_2 = 4;
    private static final String[] NEIGHBOUR_PREFIX = {null, "p1w=", "p2w=", "n1w=", "n2w="};
    private static final String SENTENCE_START = "S=begin";

    private final Map<String, Context> weights;
    private final String[] tagNames;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final POSTagFormatMapper toPenn;
    /** The start of the sentence as the feature of the word at 0, 1 and 2 positions from it. */
    private final double[][] sentenceStart;
    private final Map<String, double[]> tagFeatures = new HashMap<>();
    private final Map<String, double[][]> wordFeatures = new LinkedHashMap<>(KEPT_WORDS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, double[][]> eldest) {
            return size() > KEPT_WORDS;
        }
    };

    @SuppressWarnings("unchecked")
    GreedyPosTagger(POSModel model) {
        if (!(model.getArtifact("pos.model") instanceof AbstractModel maxent)) {
            throw new IllegalArgumentException("the part-of-speech model is not a maxent model: " + model.getArtifact("pos.model"));
        }
        Object[] parts = maxent.getDataStructures(); // parameters, feature name → weights by tag, tag names
        this.weights = (Map<String, Context>) parts[1];
        this.tagNames = (String[]) parts[2];
        this.contexts = model.getFactory().getPOSContextGenerator();
        this.validator = model.getFactory().getSequenceValidator();
        this.toPenn = new POSTagFormatMapper(tagNames) { };
        this.sentenceStart = new double[][] {sum(List.of(SENTENCE_START)), sum(List.of("p1" + SENTENCE_START)), sum(List.of("p2" + SENTENCE_START))};
    }

    String[] tag(String[] words) {
        int n = words.length;
        double[][][] features = new double[n][][];
        for (int i = 0; i < n; i++) features[i] = wordFeatures.computeIfAbsent(words[i], this::featuresOf);
        String[] tags = new String[n];
        double[] scores = new double[tagNames.length];
        for (int i = 0; i < n; i++) {
            System.arraycopy(features[i][OWN], 0, scores, 0, scores.length);
            if (i >= 1) add(scores, features[i - 1][BEFORE_1]);
            if (i >= 2) add(scores, features[i - 2][BEFORE_2]);
            if (i + 1 < n) add(scores, features[i + 1][AFTER_1]);
            if (i + 2 < n) add(scores, features[i + 2][AFTER_2]);
            if (i < sentenceStart.length) add(scores, sentenceStart[i]);
            if (i >= 1) add(scores, tagFeatures.computeIfAbsent("t=" + tags[i - 1], f -> sum(List.of(f))));
            if (i >= 2) add(scores, tagFeatures.computeIfAbsent("t2=" + tags[i - 2] + "," + tags[i - 1], f -> sum(List.of(f))));
            tags[i] = best(i, words, Arrays.copyOf(tags, i), scores);
        }
        return toPenn.convertTags(Arrays.asList(tags));
    }

    /**
     * The weights a word brings where it stands and as each neighbour. Its own features are what the model's generator
     * gives for it alone, less the sentence's start; a neighbour's, its lowercased form, as the generator writes it.
     */
    private double[][] featuresOf(String word) {
        List<String> own = new ArrayList<>(List.of(contexts.getContext(0, new String[] {word}, new String[0], null)));
        own.remove(SENTENCE_START);
        double[][] features = new double[NEIGHBOUR_PREFIX.length][];
        features[OWN] = sum(own);
        String lower = StringUtil.toLowerCase(word);
        for (int role = BEFORE_1; role <= AFTER_2; role++) features[role] = sum(List.of(NEIGHBOUR_PREFIX[role] + lower));
        return features;
    }

    private double[] sum(List<String> featureNames) {
        double[] total = new double[tagNames.length];
        for (String feature : featureNames) {
            Context c = weights.get(feature);
            if (c == null) continue;
            int[] tagIndexes = c.getOutcomes();
            double[] parameters = c.getParameters();
            for (int j = 0; j < tagIndexes.length; j++) total[tagIndexes[j]] += parameters[j];
        }
        return total;
    }

    private static void add(double[] scores, double[] more) {
        for (int t = 0; t < scores.length; t++) scores[t] += more[t];
    }

    private String best(int i, String[] words, String[] before, double[] scores) {
        int best = argmax(scores);
        if (validator.validSequence(i, words, before, tagNames[best])) return tagNames[best];
        // rare: the best tag is not allowed here; the best of those that are
        String allowed = null;
        double top = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < scores.length; t++) {
            if (scores[t] > top && validator.validSequence(i, words, before, tagNames[t])) {
                top = scores[t];
                allowed = tagNames[t];
            }
        }
        return allowed != null ? allowed : tagNames[best];
    }

    private static int argmax(double[] scores) {
        int best = 0;
        for (int t = 1; t < scores.length; t++) {
            if (scores[t] > scores[best]) best = t;
        }
        return best;
    }
}

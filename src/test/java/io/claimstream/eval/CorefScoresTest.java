package io.claimstream.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorefScoresTest {
    private static final org.assertj.core.data.Offset<Double> EXACT = within(1e-9);

    /**
     * The example of Pradhan et al. (2014), Figure 1, with mentions the other side lacks (e in the key only, h and i
     * in the response only). Key K1 = {a b c}, K2 = {d e f g}; response R1 = {a b}, R2 = {c d}, R3 = {f g h i}.
     * <pre>
     * MUC recall:    K1 is cut into {a b}{c} → 3−2 = 1 kept of 2 links; K2 into {d}{e}{f g} → 4−3 = 1 of 3; 2/5 = 0.4
     * MUC precision: R1 {a b} → 1 of 1; R2 {c}{d} → 0 of 1; R3 {f g}{h}{i} → 1 of 3; 2/5 = 0.4
     * B³ recall:     (2²/3 + 1²/3 + 1²/4 + 2²/4) / 7 = (5/3 + 5/4) / 7 = 35/84 = 0.41667
     * B³ precision:  (2²/2 + 1²/2 + 1²/2 + 2²/4) / 8 = 4/8 = 0.5
     * CEAF-e φ4:     K1-R1 = 4/5, K1-R2 = 2/5, K2-R2 = 2/6, K2-R3 = 4/8; best alignment K1-R1, K2-R3 = 1.3
     *                recall 1.3/2 = 0.65, precision 1.3/3 = 0.43333
     * F1: MUC 0.4, B³ 2·0.5·(35/84)/(0.5+35/84) = 5/11 = 0.454545…, CEAF-e 2·0.65·(1.3/3)/(0.65+1.3/3) = 0.52
     * CoNLL F1 = (0.4 + 5/11 + 0.52) / 3 = 0.458182…
     * </pre>
     */
    @Test
    void theReferenceScorerExample() {
        List<Set<String>> key = List.of(Set.of("a", "b", "c"), Set.of("d", "e", "f", "g"));
        List<Set<String>> response = List.of(Set.of("a", "b"), Set.of("c", "d"), Set.of("f", "g", "h", "i"));

        CorefScores s = CorefScores.of(key, response);

        assertThat(s.muc().recall()).isCloseTo(0.4, EXACT);
        assertThat(s.muc().precision()).isCloseTo(0.4, EXACT);
        assertThat(s.bCubed().recall()).isCloseTo(35.0 / 84, EXACT);
        assertThat(s.bCubed().precision()).isCloseTo(0.5, EXACT);
        assertThat(s.bCubed().f1()).isCloseTo(5.0 / 11, EXACT);
        assertThat(s.ceafE().recall()).isCloseTo(0.65, EXACT);
        assertThat(s.ceafE().precision()).isCloseTo(1.3 / 3, EXACT);
        assertThat(s.ceafE().f1()).isCloseTo(0.52, EXACT);
        assertThat(s.conllF1()).isCloseTo((0.4 + 5.0 / 11 + 0.52) / 3, EXACT);
    }

    /** The response is the key, singletons included: every metric 1 (MUC too, since {a b} and {c d e} have links). */
    @Test
    void aPerfectResponseScoresOne() {
        List<Set<String>> key = List.of(Set.of("a", "b"), Set.of("c", "d", "e"), Set.of("f"));

        CorefScores s = CorefScores.of(key, List.of(Set.of("c", "d", "e"), Set.of("f"), Set.of("a", "b")));

        for (Score score : List.of(s.muc(), s.bCubed(), s.ceafE())) {
            assertThat(score.precision()).isCloseTo(1, EXACT);
            assertThat(score.recall()).isCloseTo(1, EXACT);
        }
        assertThat(s.conllF1()).isCloseTo(1, EXACT);
    }

    /**
     * Key: one event {a b c d}; response: four singletons.
     * <pre>
     * MUC:    recall 0 of 3 links kept = 0; the response has no links, precision 0/0 = 0; F1 0
     * B³:     recall 4 · (1²/4) / 4 = 0.25; precision 4 · (1²/1) / 4 = 1; F1 2·0.25/1.25 = 0.4
     * CEAF-e: φ4({a b c d}, {a}) = 2/5; one key entity aligned: recall 0.4/1 = 0.4, precision 0.4/4 = 0.1,
     *         F1 2·0.04/0.5 = 0.16
     * CoNLL:  (0 + 0.4 + 0.16) / 3 = 0.186667
     * </pre>
     */
    @Test
    void splittingEverythingIntoSingletons() {
        CorefScores s = CorefScores.of(List.of(Set.of("a", "b", "c", "d")),
                List.of(Set.of("a"), Set.of("b"), Set.of("c"), Set.of("d")));

        assertThat(s.muc().f1()).isZero();
        assertThat(s.bCubed().recall()).isCloseTo(0.25, EXACT);
        assertThat(s.bCubed().precision()).isCloseTo(1, EXACT);
        assertThat(s.ceafE().recall()).isCloseTo(0.4, EXACT);
        assertThat(s.ceafE().precision()).isCloseTo(0.1, EXACT);
        assertThat(s.conllF1()).isCloseTo((0 + 0.4 + 0.16) / 3, EXACT);
    }

    /**
     * Key: four singletons; response: one event {a b c d}, the mirror image of the case above.
     * <pre>
     * MUC:    the key needs no links, recall 0/0 = 0; precision 0 of 3 links right = 0
     * B³:     recall 4 · (1²/1) / 4 = 1; precision 4 · (1²/4) / 4 = 0.25; F1 0.4
     * CEAF-e: one alignment of φ4 = 2/5: recall 0.4/4 = 0.1, precision 0.4/1 = 0.4, F1 0.16
     * </pre>
     */
    @Test
    void mergingSingletonsIntoOneEvent() {
        CorefScores s = CorefScores.of(List.of(Set.of("a"), Set.of("b"), Set.of("c"), Set.of("d")),
                List.of(Set.of("a", "b", "c", "d")));

        assertThat(s.muc().recall()).isZero();
        assertThat(s.muc().precision()).isZero();
        assertThat(s.bCubed().recall()).isCloseTo(1, EXACT);
        assertThat(s.bCubed().precision()).isCloseTo(0.25, EXACT);
        assertThat(s.ceafE().recall()).isCloseTo(0.1, EXACT);
        assertThat(s.ceafE().precision()).isCloseTo(0.4, EXACT);
        assertThat(s.conllF1()).isCloseTo((0 + 0.4 + 0.16) / 3, EXACT);
    }

    /**
     * Singletons count for B³ and CEAF-e but not for MUC. Key {a b} {c} {d}; response {a b c} {d}.
     * <pre>
     * MUC:    recall: {a b} kept whole, 1 of 1 link = 1; precision: {a b c} is cut into {a b}{c}, 1 of 2 = 0.5
     * B³:     recall (2²/2 + 1 + 1) / 4 = 1; precision (2²/3 + 1²/3 + 1) / 4 = (8/3)/4 = 2/3
     * CEAF-e: φ4({a b},{a b c}) = 4/5, φ4({c},{a b c}) = 2/4, φ4({d},{d}) = 1; best: 4/5 + 1 = 1.8;
     *         recall 1.8/3 = 0.6, precision 1.8/2 = 0.9
     * </pre>
     */
    @Test
    void singletonsCountForBCubedAndCeafButNotMuc() {
        CorefScores s = CorefScores.of(List.of(Set.of("a", "b"), Set.of("c"), Set.of("d")), List.of(Set.of("a", "b", "c"), Set.of("d")));

        assertThat(s.muc().recall()).isCloseTo(1, EXACT);
        assertThat(s.muc().precision()).isCloseTo(0.5, EXACT);
        assertThat(s.bCubed().recall()).isCloseTo(1, EXACT);
        assertThat(s.bCubed().precision()).isCloseTo(2.0 / 3, EXACT);
        assertThat(s.ceafE().recall()).isCloseTo(0.6, EXACT);
        assertThat(s.ceafE().precision()).isCloseTo(0.9, EXACT);
    }

    /**
     * The alignment must be optimal, not greedy: for the weights [[3, 2], [2, 0]] greedy takes 3 and then 0, the
     * optimum is 2 + 2 = 4; rectangular [[1, 5, 3], [4, 2, 6]]: 5 + 6 = 11 (each row once, one column left over), and
     * the same transposed. Through CEAF-e: key {a b c d} {e f}, response {a b e} {c d f}: φ4 K1-R1 = K1-R2 = 2·2/7,
     * K2-R1 = K2-R2 = 2·1/5, so the best alignment sums 4/7 + 2/5 and recall is that over 2 key entities.
     */
    @Test
    void theAlignmentIsOptimal() {
        assertThat(Assignment.maximumWeight(new double[][] {{3, 2}, {2, 0}})).isCloseTo(4, EXACT);
        assertThat(Assignment.maximumWeight(new double[][] {{1, 5, 3}, {4, 2, 6}})).isCloseTo(11, EXACT);
        assertThat(Assignment.maximumWeight(new double[][] {{1, 4}, {5, 2}, {3, 6}})).isCloseTo(11, EXACT);
        assertThat(Assignment.maximumWeight(new double[0][0])).isZero();

        CorefScores s = CorefScores.of(List.of(Set.of("a", "b", "c", "d"), Set.of("e", "f")),
                List.of(Set.of("a", "b", "e"), Set.of("c", "d", "f")));
        assertThat(s.ceafE().recall()).isCloseTo((4.0 / 7 + 2.0 / 5) / 2, EXACT);
    }
}

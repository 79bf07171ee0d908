package io.claimstream.eval;

import java.util.List;
import java.util.Set;

/** The three metrics of the CoNLL-2012 shared task for one response against one key, and their CoNLL F1. */
public record CorefScores(Score muc, Score bCubed, Score ceafE) {

    public static <M> CorefScores of(List<Set<M>> key, List<Set<M>> response) {
        return new CorefScores(Muc.score(key, response), BCubed.score(key, response), CeafE.score(key, response));
    }

    /** The unweighted mean of the MUC, B³ and CEAF-e F1 (Pradhan et al. 2012, 2014). */
    public double conllF1() {
        return (muc.f1() + bCubed.f1() + ceafE.f1()) / 3;
    }
}

package io.claimstream.eval;

/** The scores of one system in one setting. */
public record EvaluationRow(String system, Setting setting, CorefScores scores) {
}

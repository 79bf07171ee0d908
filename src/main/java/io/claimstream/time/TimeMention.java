package io.claimstream.time;

/** A time expression found in a sentence: its character span there, its words and what they denote. */
public record TimeMention(int start, int end, String text, TimeValue value) {
}

package io.claimstream.verdict;

/** Whether two values of one attribute can both be true, and why, in words a reader follows. */
record Comparison(boolean compatible, String why) {
}

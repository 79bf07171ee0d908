package io.claimstream.stream;

import io.claimstream.avro.Claim;
import io.claimstream.avro.DeadLetter;

/** What reading one record of `articles` gives: a claim to publish, or the record for the dead-letter topic. */
record Extracted(Claim claim, DeadLetter deadLetter) {
    static Extracted of(Claim claim) {
        return new Extracted(claim, null);
    }

    static Extracted rejected(DeadLetter deadLetter) {
        return new Extracted(null, deadLetter);
    }

    boolean isClaim() {
        return claim != null;
    }
}

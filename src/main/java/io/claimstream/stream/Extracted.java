package io.claimstream.stream;

import io.claimstream.avro.Claim;
import io.claimstream.avro.DeadLetter;

/**
 * What reading `articles` gives: a claim to publish, the record for the dead-letter topic, or, with neither, a
 * watermark for every partition of `claims` (the Watermark itself rides in the record's headers).
 */
record Extracted(Claim claim, DeadLetter deadLetter) {
    static final Extracted WATERMARK = new Extracted(null, null);

    static Extracted of(Claim claim) {
        return new Extracted(claim, null);
    }

    static Extracted rejected(DeadLetter deadLetter) {
        return new Extracted(null, deadLetter);
    }

    boolean isRejected() {
        return deadLetter != null;
    }
}

package io.claimstream.stream;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * What an extraction task promises every partition of `claims`: no more claims of articles published before
 * {@code before} (epoch ms) will come from its input partition. It rides in a header of a record with no key and no
 * value, which the ordering step reads and drops.
 */
record Watermark(int inputPartition, long before) {
    static final String HEADER = "claimstream-watermark";

    Headers headers() {
        return new RecordHeaders().add(HEADER, (inputPartition + " " + before).getBytes(StandardCharsets.US_ASCII));
    }

    static Optional<Watermark> in(Headers headers) {
        Header header = headers == null ? null : headers.lastHeader(HEADER);
        if (header == null || header.value() == null) return Optional.empty();
        String[] parts = new String(header.value(), StandardCharsets.US_ASCII).split(" ");
        try {
            return Optional.of(new Watermark(Integer.parseInt(parts[0]), Long.parseLong(parts[1])));
        } catch (RuntimeException e) {
            return Optional.empty(); // not ours: a record someone else wrote to `claims`
        }
    }
}

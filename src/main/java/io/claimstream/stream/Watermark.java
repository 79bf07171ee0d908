package io.claimstream.stream;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * What an extraction task promises every partition of `claims`: no more claims of articles published before
 * {@code before} (epoch ms) will come from its input partition; and, if {@code quiet}, none at all until it says
 * otherwise, because it has read its partition to the end and nothing new came for a while. It rides in a header of a
 * record with no key and no value, which the ordering step reads and drops.
 * <p>
 * A quiet partition says so rather than promise the wall clock's present: a corpus replayed from the past, with a
 * pause in it, would otherwise find every later article "late" against a present years ahead of it.
 */
record Watermark(int inputPartition, long before, boolean quiet) {
    static final String HEADER = "claimstream-watermark";
    private static final String QUIET = "quiet";

    Headers headers() {
        return new RecordHeaders().add(HEADER, text().getBytes(StandardCharsets.US_ASCII));
    }

    /** As the header and the ordering step's store hold it: {@code partition before [quiet]}. */
    String text() {
        return inputPartition + " " + before + (quiet ? " " + QUIET : "");
    }

    static Optional<Watermark> in(Headers headers) {
        Header header = headers == null ? null : headers.lastHeader(HEADER);
        if (header == null || header.value() == null) return Optional.empty();
        return parse(new String(header.value(), StandardCharsets.US_ASCII));
    }

    /** Empty for what is not ours: a record someone else wrote to `claims`, or state an older version wrote. */
    static Optional<Watermark> parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(" ");
        if (parts.length < 2 || parts.length > 3 || (parts.length == 3 && !parts[2].equals(QUIET))) return Optional.empty();
        try {
            return Optional.of(new Watermark(Integer.parseInt(parts[0]), Long.parseLong(parts[1]), parts.length == 3));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

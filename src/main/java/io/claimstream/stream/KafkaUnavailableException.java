package io.claimstream.stream;

/** The cluster did not answer, or refused what the application needs; the message says which and what to check. */
public final class KafkaUnavailableException extends RuntimeException {
    KafkaUnavailableException(String message) {
        super(message);
    }
}

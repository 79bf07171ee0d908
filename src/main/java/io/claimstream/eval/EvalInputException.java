package io.claimstream.eval;

/** A corpus that cannot be read for evaluation; the message names the path and what was expected there. */
public final class EvalInputException extends RuntimeException {
    EvalInputException(String message) {
        super(message);
    }
}

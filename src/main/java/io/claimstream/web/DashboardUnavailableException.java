package io.claimstream.web;

/** The dashboard cannot be served where it was asked to be; the message says where and what to change. */
public final class DashboardUnavailableException extends RuntimeException {
    DashboardUnavailableException(String message) {
        super(message);
    }
}

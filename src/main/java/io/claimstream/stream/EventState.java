package io.claimstream.stream;

import io.claimstream.identity.ResolvedEvent;
import java.util.List;

/** What the store keeps under one event key: the events resolved under it, each with its claims. */
record EventState(List<ResolvedEvent> events) {
    static final EventState EMPTY = new EventState(List.of());

    EventState {
        events = List.copyOf(events);
    }
}

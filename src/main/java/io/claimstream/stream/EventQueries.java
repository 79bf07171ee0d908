package io.claimstream.stream;

import io.claimstream.avro.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Interactive queries over {@link ClaimTopology#EVENTS_VIEW}: the events this instance holds, and which instance
 * holds the others. Each instance names itself by its `application.server` (host:port of its HTTP API), which
 * Kafka Streams shares with the group, so any instance can tell where an event id lives.
 */
public final class EventQueries {
    /** The store cannot be read now: the group is rebalancing or the instance is restoring. Worth retrying. */
    public static final class NotReadyException extends RuntimeException {
        public NotReadyException(String message) {
            super(message);
        }
    }

    private final KafkaStreams streams;
    private final HostInfo self;

    EventQueries(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    public Optional<Event> local(String eventId) {
        return Optional.ofNullable(store().get(eventId));
    }

    public List<Event> localAll() {
        List<Event> all = new ArrayList<>();
        try (KeyValueIterator<String, Event> it = store().all()) {
            it.forEachRemaining(kv -> {
                if (kv.value != null) all.add(kv.value);
            });
        }
        return all;
    }

    /** The instance ("host:port") whose store holds this id, when that is another one; empty when it is this one. */
    public Optional<String> ownerElsewhere(String eventId) {
        KeyQueryMetadata owner = streams.queryMetadataForKey(ClaimTopology.EVENTS_VIEW, eventId, Serdes.String().serializer());
        if (owner == null || owner.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            throw new NotReadyException("the group is rebalancing; no instance holds event " + eventId + " right now");
        }
        return owner.activeHost().equals(self) ? Optional.empty() : Optional.of(address(owner.activeHost()));
    }

    /** Every other instance that holds part of the view, as "host:port". */
    public List<String> otherInstances() {
        List<String> others = new ArrayList<>();
        for (StreamsMetadata m : streams.streamsMetadataForStore(ClaimTopology.EVENTS_VIEW)) {
            if (!m.hostInfo().equals(self)) others.add(address(m.hostInfo()));
        }
        return others;
    }

    public String self() {
        return address(self);
    }

    private ReadOnlyKeyValueStore<String, Event> store() {
        try {
            return streams.store(StoreQueryParameters.fromNameAndType(ClaimTopology.EVENTS_VIEW, QueryableStoreTypes.keyValueStore()));
        } catch (InvalidStateStoreException e) {
            throw new NotReadyException("the event view is not ready (" + streams.state() + "): " + e.getMessage());
        }
    }

    private static String address(HostInfo host) {
        return host.host() + ":" + host.port();
    }
}

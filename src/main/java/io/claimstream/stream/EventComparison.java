package io.claimstream.stream;

import io.claimstream.claim.Claim;
import io.claimstream.identity.EventResolver;
import io.claimstream.identity.ResolvedEvent;
import io.claimstream.place.Gazetteer;
import io.claimstream.verdict.AttributeReports;
import io.claimstream.verdict.ClaimComparator;
import io.claimstream.verdict.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For each claim, in the order claims about its event key arrive: resolve which event it is about, compare it
 * with what earlier sources said about that event and attribute, emit the verdicts, and remember what it says.
 * <p>
 * Three stores, so that the cost of one claim does not grow with how much was said before under its key:
 * <ul>
 *   <li>{@value #EVENTS}: the events under each key, keyed {@code eventKey · file day · site · eventId} (see
 *       EventResolver#fileDay), so that a claim reads back only the events that can be its own;</li>
 *   <li>{@value #REPORTS}: per {@code eventId · attribute}, the distinct values sources gave, with counts and a
 *       few claims each as evidence;</li>
 *   <li>{@value #SEEN}: which article's value for which event and which event ids were already taken, keyed by
 *       publication day first so that old entries are cut off by one range; and which claims were taken, by id.</li>
 * </ul>
 * A claim already taken (the same article sent again) or said twice by one article changes nothing and emits
 * nothing, so a re-sent article never produces its verdicts twice. Events not reported for longer than the
 * horizon (in event time) leave the stores: a late claim about one starts a new event. Changed events are
 * noted in {@value #CHANGED} (with where to find them, or what they were merged into) and published to `events` once per {@link #PUBLISH_EVERY} of wall-clock time,
 * so that a much-reported event costs one record a second on `events`, not one per claim.
 */
final class EventComparison implements Processor<String, io.claimstream.avro.Claim, String, Compared> {
    static final String EVENTS = "events-by-key";
    static final String REPORTS = "event-reports";
    static final String SEEN = "claims-seen";
    static final String CHANGED = "events-changed";
    static final List<String> STORES = List.of(EVENTS, REPORTS, SEEN, CHANGED);
    static final Duration PUBLISH_EVERY = Duration.ofSeconds(1);
    /** Orders after every character used in keys and ids. */
    private static final String SEP = "\u0000", LAST = "\uffff";
    /**
     * The latest publication time of a claim taken, kept in {@value #SEEN} beside the days (it sorts after them):
     * expiry is driven by it, record by record, rather than by a stream-time punctuator, whose moment depends on how
     * records were batched; so a replay, a restart or `analyze` forget the same events at the same claim.
     */
    private static final String CLOCK = LAST + "event-time";
    /**
     * Claims taken, by id, kept beside the days and never cut with them: with several input partitions one runs ahead
     * of another in event time, and a re-sent article on the slower one must still find its claims taken. A few dozen
     * bytes a claim: the one part of the state that grows with the corpus.
     */
    private static final String TAKEN = LAST + "claim" + SEP;
    private static final StringSerializer PREFIX = new StringSerializer();
    private static final Logger log = LoggerFactory.getLogger(EventComparison.class);

    private final EventResolver resolver;
    private final ClaimComparator comparator = new ClaimComparator(Gazetteer.standard());
    private final Duration horizon;
    private final StreamCounters counters;
    private ProcessorContext<String, Compared> context;
    /** Values kept as bytes: a claim reads many keys of its span and decodes only those of its own site. */
    private KeyValueStore<String, byte[]> events;
    private final StoreSerde<ResolvedEvent> eventSerde = new StoreSerde<>(ResolvedEvent.class);
    private KeyValueStore<String, AttributeReports> reports;
    private KeyValueStore<String, String> seen;
    private KeyValueStore<String, String> changed;
    /** {@link #CLOCK}'s value, read once when the task starts (on its restored store) and written through. */
    private Instant eventTime;

    EventComparison(ClaimStreamSettings settings, StreamCounters counters) {
        this.resolver = new EventResolver(settings.reportingWindow());
        this.horizon = settings.eventHorizon();
        this.counters = counters;
    }

    @Override
    public void init(ProcessorContext<String, Compared> context) {
        this.context = context;
        this.events = context.getStateStore(EVENTS);
        this.reports = context.getStateStore(REPORTS);
        this.seen = context.getStateStore(SEEN);
        this.changed = context.getStateStore(CHANGED);
        String clock = seen.get(CLOCK);
        this.eventTime = clock == null ? null : Instant.parse(clock);
        context.schedule(PUBLISH_EVERY, PunctuationType.WALL_CLOCK_TIME, now -> publishChanged());
    }

    @Override
    public void process(Record<String, io.claimstream.avro.Claim> record) {
        if (record.key() == null || record.value() == null) return;
        Claim claim = AvroMapping.claim(record.value());
        advanceEventTime(claim.publishedAt());
        String day = day(claim.publishedAt());
        String claimKey = TAKEN + claim.claimId();
        if (seen.get(claimKey) != null) return;

        List<KeyValue<String, ResolvedEvent>> candidates = candidates(claim);
        Optional<ResolvedEvent> match = resolver.resolve(claim, candidates.stream().map(kv -> kv.value).toList(),
                e -> seen.get(day + SEP + claim.articleId() + SEP + e.id()) != null);
        ResolvedEvent event = match.orElseGet(() -> {
            // ids name the day an event was first reported: that day's entries know every id given out on it
            ResolvedEvent started = resolver.start(claim, id -> seen.get(day + SEP + "event" + SEP + id) != null);
            seen.put(day + SEP + "event" + SEP + started.id(), "");
            return started;
        });
        seen.put(claimKey, event.id());
        String saidKey = day + SEP + claim.articleId() + SEP + event.id() + SEP + claim.attribute() + SEP + claim.value();
        if (seen.get(saidKey) != null) return;
        seen.put(saidKey, "");

        String reportsKey = event.id() + SEP + claim.attribute();
        AttributeReports before = Optional.ofNullable(reports.get(reportsKey)).orElse(AttributeReports.none(claim.attribute()));
        if (match.isPresent()) {
            // the claim's record time (its article's publication time), not the wall clock: a replay, a restart after a
            // crash or a second instance then produces the very same verdict, so that a verdict can be compared and deduplicated
            Instant detectedAt = Instant.ofEpochMilli(record.timestamp());
            for (Verdict verdict : comparator.compare(claim, event, before, detectedAt)) {
                (verdict.verdict() == Verdict.Kind.CONTRADICTION ? counters.contradictions : counters.agreements).incrementAndGet();
                context.forward(record.withValue(Compared.of(AvroMapping.verdict(verdict))));
            }
        }
        reports.put(reportsKey, before.with(claim));

        String sourceKey = day + SEP + claim.articleId() + SEP + event.id();
        boolean newSource = seen.get(sourceKey) == null;
        ResolvedEvent updated = match.isPresent() ? event.with(claim, newSource) : event;
        if (newSource) seen.put(sourceKey, "");
        updated = mergeSameEvents(updated, candidates);
        // filed anew only when its file day or site changed: an overwrite is cheaper than a delete and a put
        if (match.isPresent() && !indexKey(updated).equals(indexKey(event))) events.delete(indexKey(event));
        store(updated);
        // a much-reported event is noted once until it is published, not once per claim: a read costs no changelog record
        String filedUnder = indexKey(updated);
        if (!filedUnder.equals(changed.get(updated.id()))) changed.put(updated.id(), filedUnder);
    }

    /**
     * Events under the claim's key filed under days the claim's event can be filed under, and, for kinds told
     * apart by place, in the claim's town or in none: other towns' events are skipped by their key, undecoded.
     */
    private List<KeyValue<String, ResolvedEvent>> candidates(Claim claim) {
        EventResolver.Candidates span = resolver.candidatesOf(claim);
        String prefix = claim.eventKey() + SEP;
        String site = span.site();
        List<KeyValue<String, ResolvedEvent>> found = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = events.range(prefix + span.from(),
                prefix + (span.to() == null ? LAST : span.to() + SEP + LAST))) {
            while (it.hasNext()) {
                KeyValue<String, byte[]> kv = it.next();
                if (site != null) {
                    String keySite = kv.key.split(SEP, 4)[2];
                    if (!keySite.isEmpty() && !keySite.equals(site)) continue;
                }
                found.add(KeyValue.pair(kv.key, decode(kv.value)));
            }
        }
        return found;
    }

    private ResolvedEvent decode(byte[] bytes) {
        return eventSerde.deserializer().deserialize(EVENTS, bytes);
    }

    private void store(ResolvedEvent event) {
        events.put(indexKey(event), eventSerde.serializer().serialize(EVENTS, event));
    }

    /**
     * A detail learned late (the day an event happened, a report that bridges two spells of reporting) can show
     * that two events under one key are one: the later-reported one is folded into the earlier, its reports
     * with it, and `events` says so on both.
     */
    private ResolvedEvent mergeSameEvents(ResolvedEvent event, List<KeyValue<String, ResolvedEvent>> candidates) {
        for (KeyValue<String, ResolvedEvent> other : candidates) {
            if (other.value.id().equals(event.id()) || !resolver.sameEvent(event, other.value)) continue;
            ResolvedEvent merged = EventResolver.merge(event, other.value);
            ResolvedEvent gone = merged.id().equals(event.id()) ? other.value : event;
            events.delete(other.key);
            for (KeyValue<String, AttributeReports> r : reportsOf(gone.id())) {
                String into = merged.id() + SEP + r.value.attribute();
                AttributeReports existing = reports.get(into);
                reports.put(into, existing == null ? r.value : existing.and(r.value));
                reports.delete(r.key);
            }
            changed.put(gone.id(), SEP + merged.id());
            log.debug("event {} is {}: merged", gone.id(), merged.id());
            event = merged;
        }
        return event;
    }

    private List<KeyValue<String, AttributeReports>> reportsOf(String eventId) {
        List<KeyValue<String, AttributeReports>> found = new ArrayList<>();
        try (KeyValueIterator<String, AttributeReports> it = reports.prefixScan(eventId + SEP, PREFIX)) {
            it.forEachRemaining(found::add);
        }
        return found;
    }

    /** Sends the current state of every event changed since the last time to `events`. */
    private void publishChanged() {
        List<KeyValue<String, String>> due = new ArrayList<>();
        try (KeyValueIterator<String, String> it = changed.all()) {
            it.forEachRemaining(due::add);
        }
        long now = context.currentSystemTimeMs();
        for (KeyValue<String, String> kv : due) {
            io.claimstream.avro.Event published = null;
            if (kv.value.startsWith(SEP)) {
                published = AvroMapping.mergedEvent(kv.key, kv.value.substring(SEP.length()));
            } else {
                byte[] stored = events.get(kv.value);
                ResolvedEvent event = stored == null ? null : decode(stored);
                if (event != null) published = AvroMapping.event(event, reportsOf(event.id()).stream().map(r -> r.value).toList(), comparator);
            }
            if (published != null) context.forward(new Record<>(kv.key, Compared.of(published), now));
            changed.delete(kv.key);
        }
    }

    /** Moves event time on to a claim's publication; on the first claim of a new day, forgets what is past the horizon. */
    private void advanceEventTime(Instant published) {
        Instant latest = eventTime;
        if (latest != null && !published.isAfter(latest)) return;
        eventTime = published;
        seen.put(CLOCK, published.toString());
        if (latest != null && !day(published).equals(day(latest))) expire(published);
    }

    /**
     * Forgets events not reported for longer than the horizon, in event time: a year-long replay keeps a few
     * months of events, not a year of them.
     */
    private void expire(Instant at) {
        Instant cutoff = at.minus(horizon);
        List<KeyValue<String, ResolvedEvent>> old = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = events.all()) {
            it.forEachRemaining(kv -> {
                ResolvedEvent event = decode(kv.value);
                if (event.lastReported().isBefore(cutoff)) old.add(KeyValue.pair(kv.key, event));
            });
        }
        for (KeyValue<String, ResolvedEvent> kv : old) {
            events.delete(kv.key);
            reportsOf(kv.value.id()).forEach(r -> reports.delete(r.key));
        }
        List<String> forgotten = new ArrayList<>();
        try (KeyValueIterator<String, String> it = seen.range("", day(cutoff))) {
            it.forEachRemaining(kv -> forgotten.add(kv.key));
        }
        forgotten.forEach(seen::delete);
        if (!old.isEmpty()) log.debug("{} events not reported since {} left the store", old.size(), cutoff);
    }

    private static String indexKey(ResolvedEvent event) {
        return event.key() + SEP + EventResolver.fileDay(event) + SEP + (event.site() == null ? "" : event.site()) + SEP + event.id();
    }

    private static String day(Instant t) {
        return t.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}

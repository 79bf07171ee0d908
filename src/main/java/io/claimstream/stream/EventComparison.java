package io.claimstream.stream;

import io.claimstream.claim.Claim;
import io.claimstream.identity.EventResolver;
import io.claimstream.place.Gazetteer;
import io.claimstream.verdict.ClaimComparator;
import io.claimstream.verdict.Verdict;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * For each claim, in the order claims about its event key arrive: resolve which event it is about, compare it
 * with what earlier sources said about that event and attribute, emit the verdicts, and keep the claim.
 * A claim already kept (the same article sent again) or a repetition within one article changes nothing and
 * emits nothing, so a re-sent article never produces its verdicts twice.
 */
final class EventComparison implements Processor<String, io.claimstream.avro.Claim, String, io.claimstream.avro.Verdict> {
    static final String STORE = "event-claims";

    private final EventResolver resolver;
    private final ClaimComparator comparator = new ClaimComparator(Gazetteer.standard());
    private ProcessorContext<String, io.claimstream.avro.Verdict> context;
    private KeyValueStore<String, EventState> store;

    private final StreamCounters counters;

    EventComparison(ClaimStreamSettings settings, StreamCounters counters) {
        this.resolver = new EventResolver(settings.reportingWindow());
        this.counters = counters;
    }

    @Override
    public void init(ProcessorContext<String, io.claimstream.avro.Verdict> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, io.claimstream.avro.Claim> record) {
        if (record.key() == null || record.value() == null) return;
        Claim claim = AvroMapping.claim(record.value());
        EventState state = store.get(record.key());
        if (state == null) state = EventState.EMPTY;
        if (state.events().stream().anyMatch(e -> e.holds(claim.claimId()))) return;
        EventResolver.Resolution resolution = resolver.add(claim, state.events());
        if (resolution.before() != null) {
            if (resolution.before().alreadySays(claim)) return;
            // the claim's record time (its article's publication time), not the wall clock: a replay, a restart after a
            // crash or a second instance then produces the very same verdict, so that a verdict can be compared and deduplicated
            Instant detectedAt = Instant.ofEpochMilli(record.timestamp());
            for (Verdict verdict : comparator.compare(claim, resolution.before(), detectedAt)) {
                (verdict.verdict() == Verdict.Kind.CONTRADICTION ? counters.contradictions : counters.agreements).incrementAndGet();
                context.forward(record.withValue(AvroMapping.verdict(verdict)));
            }
        }
        store.put(record.key(), new EventState(resolution.events()));
    }
}

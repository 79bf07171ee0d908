package io.claimstream.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.claimstream.claim.Claim;
import io.claimstream.identity.ResolvedEvent;
import io.claimstream.verdict.AttributeReports;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class StoreSerdeTest {
    private static final Instant MORNING = Instant.parse("2022-01-10T08:15:00.250Z");
    private static final Claim CLAIM = new Claim("c1", "a1", "Reuters", "talks:russia+united-states", "talks between Russia and the United States",
            "talks", "NATO", "CURRENT", "Geneva", "2022-01-10", "date", "2022-01-10", "on Monday",
            "Russian and US diplomats met in Geneva on Monday.", 0, 50, MORNING, 0.9, Map.of("Geneva", 2, "Ryabkov", 1), "Talks in Geneva");
    private static final ResolvedEvent EVENT = new ResolvedEvent("talks:russia+united-states/2022-01-10/1", CLAIM.eventKey(),
            CLAIM.eventLabel(), "talks", "NATO", "CURRENT", MORNING, MORNING.plusSeconds(3600), "Geneva", "2022-01-10", true, 2, 3,
            List.of("talks:russia+united-states/2022-01-09/1"), Map.of("Geneva", 0.5, "Ryabkov", 0.25));
    private static final AttributeReports REPORTS = AttributeReports.none("date").with(CLAIM).with(CLAIM);

    @Test
    void writesSmileAndReadsBackWhatItWrote() {
        StoreSerde<ResolvedEvent> events = new StoreSerde<>(ResolvedEvent.class);
        byte[] bytes = events.serializer().serialize("t", EVENT);
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).as("Smile's header").isEqualTo(":)\n");
        assertThat(events.deserializer().deserialize("t", bytes)).isEqualTo(EVENT);

        StoreSerde<AttributeReports> reports = new StoreSerde<>(AttributeReports.class);
        assertThat(reports.deserializer().deserialize("t", reports.serializer().serialize("t", REPORTS))).isEqualTo(REPORTS);
        assertThat(events.serializer().serialize("t", null)).isNull();
        assertThat(events.deserializer().deserialize("t", null)).isNull();
    }

    @Test
    void readsStateAnEarlierVersionWroteAsJsonText() throws Exception {
        ObjectMapper earlier = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).disable(SerializationFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS);
        byte[] json = earlier.writeValueAsBytes(REPORTS);
        assertThat(json[0]).isEqualTo((byte) '{');
        assertThat(new StoreSerde<>(AttributeReports.class).deserializer().deserialize("t", json)).isEqualTo(REPORTS);
    }

    @Test
    void aValueItCannotReadFailsWithTheTypeAndTheStoreNamed() {
        StoreSerde<ResolvedEvent> events = new StoreSerde<>(ResolvedEvent.class);
        assertThatThrownBy(() -> events.deserializer().deserialize("events-by-key", ":)\n\u0001garbage".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("ResolvedEvent").hasMessageContaining("events-by-key");
    }
}

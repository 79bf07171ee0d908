package io.claimstream.stream;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * How many records of a partition of `articles` the consumer has not fetched yet, as it last measured. The consumer's
 * metrics are the KafkaStreams instance's, not a processor's (a processor sees Streams' own metrics only), so the
 * instance is handed over once it exists; until then, and under a test driver, the lag is unknown.
 */
final class InputLag {
    private volatile Supplier<Map<MetricName, ? extends Metric>> metrics = Map::of;

    void measuredBy(KafkaStreams streams) {
        metrics = streams::metrics;
    }

    OptionalDouble of(int partition) {
        // fetch metrics tag a topic with its dots as underscores
        String topic = Topics.ARTICLES.replace('.', '_'), p = String.valueOf(partition);
        OptionalDouble lag = OptionalDouble.empty();
        for (Metric m : metrics.get().values()) {
            MetricName name = m.metricName();
            if (name.name().equals("records-lag") && topic.equals(name.tags().get("topic")) && p.equals(name.tags().get("partition"))
                    && m.metricValue() instanceof Double d && !d.isNaN()) {
                lag = OptionalDouble.of(Math.max(d, lag.orElse(0)));
            }
        }
        return lag;
    }
}

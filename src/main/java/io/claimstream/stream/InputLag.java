package io.claimstream.stream;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * How many records of an input partition (of `articles`, or of `claims` for the comparison step) the consumer has not
 * fetched yet, as it last measured. The consumer's metrics are the KafkaStreams instance's, not a processor's (a
 * processor sees Streams' own metrics only), so the instance is handed over once it exists; until then, and under a
 * test driver, the lag is unknown.
 */
final class InputLag {
    private volatile Supplier<Map<MetricName, ? extends Metric>> metrics = Map::of;

    void measuredBy(KafkaStreams streams) {
        measuredBy(streams::metrics);
    }

    void measuredBy(Supplier<Map<MetricName, ? extends Metric>> metrics) {
        this.metrics = metrics;
    }

    OptionalDouble of(int partition) {
        return of(Topics.ARTICLES, partition);
    }

    OptionalDouble of(String topic, int partition) {
        // fetch metrics tag a topic with its dots as underscores
        String tag = topic.replace('.', '_'), p = String.valueOf(partition);
        OptionalDouble lag = OptionalDouble.empty();
        for (Metric m : metrics.get().values()) {
            MetricName name = m.metricName();
            if (name.name().equals("records-lag") && tag.equals(name.tags().get("topic")) && p.equals(name.tags().get("partition"))
                    && m.metricValue() instanceof Double d && !d.isNaN()) {
                lag = OptionalDouble.of(Math.max(d, lag.orElse(0)));
            }
        }
        return lag;
    }
}

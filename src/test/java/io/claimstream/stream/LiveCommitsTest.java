package io.claimstream.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.junit.jupiter.api.Test;

/** A task that keeps up with its input asks for a commit every 25 ms; one behind leaves commits to the interval. */
class LiveCommitsTest {
    private final Map<MetricName, Metric> metrics = new HashMap<>();
    private final InputLag lag = new InputLag();
    private final MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
    private final LiveCommits commits = new LiveCommits(lag, Topics.CLAIMS);

    LiveCommitsTest() {
        lag.measuredBy(() -> metrics);
    }

    private void lagOf(String topic, int partition, double records) {
        MetricName name = new MetricName("records-lag", "consumer-fetch-manager-metrics", "",
                Map.of("topic", topic, "partition", String.valueOf(partition), "client-id", "c"));
        metrics.put(name, new Metric() {
            @Override
            public MetricName metricName() {
                return name;
            }

            @Override
            public Object metricValue() {
                return records;
            }
        });
    }

    private boolean askedAt(long ms) {
        context.resetCommit();
        context.setCurrentSystemTimeMs(ms);
        commits.onRecord(context);
        return context.committed();
    }

    @Test
    void aTaskThatKeepsUpAsksForACommitAtMostEvery25Ms() {
        lagOf(Topics.CLAIMS, 0, 0);
        assertThat(askedAt(1_000)).isTrue();
        assertThat(askedAt(1_010)).as("10 ms later").isFalse();
        assertThat(askedAt(1_025)).as("25 ms later").isTrue();
    }

    @Test
    void aTaskBehindItsInputLeavesCommitsToTheInterval() {
        lagOf(Topics.CLAIMS, 0, 20_000);
        lagOf(Topics.ARTICLES, 0, 0);
        lagOf(Topics.CLAIMS, 1, 0);
        assertThat(askedAt(1_000)).as("its own topic and partition are behind").isFalse();
        assertThat(askedAt(2_000)).isFalse();
    }

    @Test
    void whereTheLagIsNotMeasuredNothingIsAsked() {
        assertThat(askedAt(1_000)).isFalse();
    }
}

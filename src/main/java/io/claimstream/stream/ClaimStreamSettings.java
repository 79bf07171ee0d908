package io.claimstream.stream;

import java.time.Duration;

/**
 * What the topology itself can be told.
 *
 * @param reportingWindow how far apart in publication time two reports of one event may be (see EventResolver)
 * @param maxBodyChars    articles with a longer body go to the DLQ instead of being read
 * @param maxDeadLetterValueBytes how much of a rejected record's value its dead letter keeps: enough to look at, small
 *                                enough that a multi-megabyte record does not make a multi-megabyte dead letter
 * @param eventHorizon    how long, in event time, an event no one reports any more is kept before it is forgotten
 * @param articlePartitions partitions of `articles`: claims from more than one are put back in publication order
 *                          (PublicationOrder); the application reads it from the cluster when it starts
 */
public record ClaimStreamSettings(Duration reportingWindow, int maxBodyChars, int maxDeadLetterValueBytes, Duration eventHorizon,
                                  int articlePartitions) {
    public static final ClaimStreamSettings DEFAULTS = new ClaimStreamSettings(Duration.ofDays(60), 1_000_000, 256 * 1024,
            Duration.ofDays(120), 1);

    public ClaimStreamSettings {
        if (eventHorizon.compareTo(reportingWindow) < 0) {
            throw new IllegalArgumentException("the event horizon (" + eventHorizon.toDays() + " days) must be at least the reporting window ("
                    + reportingWindow.toDays() + " days): an event must be kept as long as a report can still be matched to it");
        }
        if (articlePartitions < 1) throw new IllegalArgumentException("articles has " + articlePartitions + " partitions: it needs at least one");
    }

    public ClaimStreamSettings withArticlePartitions(int partitions) {
        return new ClaimStreamSettings(reportingWindow, maxBodyChars, maxDeadLetterValueBytes, eventHorizon, partitions);
    }
}

package io.claimstream.claim;

import java.time.Instant;
import java.util.Map;

/**
 * One thing one article says about one event: its date, place, duration or a measured quantity, with the
 * sentence it came from.
 *
 * @param eventKey      partition key: the event's kind and parties (see EventMention#key)
 * @param eventQualifier the named body or group, which tells apart events under one key; null when none
 * @param occurrence    CURRENT, or PREVIOUS for claims about an earlier occurrence ("the last meeting")
 * @param eventSite     the town or province the sentence places the event in, or null
 * @param eventDay      the day the sentence dates the event to, else the day the article was published (ISO)
 * @param value         normalized value (TIMEX3-style date, ISO-8601 duration, place name)
 * @param display       the words of the article that carry the value
 * @param sentenceStart character offsets of the sentence in the cleaned article text
 * @param storyNames    the names the article mentions and how often (see text.ProperNames): who and where its
 *                      story is about, which tells apart events of one kind under one key
 * @param title         the article's title, as its source wrote it, for showing the claim; null when it has none
 */
public record Claim(String claimId, String articleId, String source, String eventKey, String eventLabel,
                    String eventType, String eventQualifier, String occurrence, String eventSite, String eventDay,
                    String attribute, String value,
                    String display, String sentence, int sentenceStart, int sentenceEnd, Instant publishedAt,
                    double confidence, Map<String, Integer> storyNames, String title) {

    public Claim {
        storyNames = storyNames == null ? Map.of() : Map.copyOf(storyNames);
    }

    /** A claim whose article's names are not known. */
    public Claim(String claimId, String articleId, String source, String eventKey, String eventLabel,
                 String eventType, String eventQualifier, String occurrence, String eventSite, String eventDay,
                 String attribute, String value,
                 String display, String sentence, int sentenceStart, int sentenceEnd, Instant publishedAt,
                 double confidence) {
        this(claimId, articleId, source, eventKey, eventLabel, eventType, eventQualifier, occurrence, eventSite, eventDay,
                attribute, value, display, sentence, sentenceStart, sentenceEnd, publishedAt, confidence, Map.of(), null);
    }

    public Claim withStoryNames(Map<String, Integer> names) {
        return new Claim(claimId, articleId, source, eventKey, eventLabel, eventType, eventQualifier, occurrence, eventSite,
                eventDay, attribute, value, display, sentence, sentenceStart, sentenceEnd, publishedAt, confidence, names, title);
    }
}

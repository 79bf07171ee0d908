package io.claimstream.identity;

import io.claimstream.claim.Claim;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One real-world event under a partition key, as far as telling it apart from the others goes. What sources say
 * of its attributes is kept beside it (see verdict.AttributeReports), so that this stays small however many
 * reports the event gets.
 *
 * @param id           stable id: the key, the qualifier, the site, the occurrence and the day it was first reported
 * @param qualifier    the named body or group, once a report names it
 * @param lastReported publication time of the latest report, which new reports are matched against
 * @param site         the town or province reports place it in, once one does
 * @param day          the day reports date it to
 * @param dated        whether a report gave that day; if not, it is the first report's publication day
 * @param sources      distinct articles with a claim about it
 * @param mergedFrom   events found later to be this one
 * @param names        the names its reports mention (see StoryNames#weights)
 */
public record ResolvedEvent(String id, String key, String label, String kind, String qualifier, String occurrence,
                            Instant firstReported, Instant lastReported, String site, String day, boolean dated,
                            int sources, int claims, List<String> mergedFrom, Map<String, Double> names) {

    public ResolvedEvent {
        mergedFrom = List.copyOf(mergedFrom);
        // sorted, as StoryNames keeps them: sums over them must run in one order on every JVM
        names = names == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(names));
    }

    static ResolvedEvent first(String id, Claim claim) {
        return new ResolvedEvent(id, claim.eventKey(), claim.eventLabel(), claim.eventType(), claim.eventQualifier(),
                claim.occurrence(), claim.publishedAt(), claim.publishedAt(), claim.eventSite(), claim.eventDay(),
                dates(claim), 1, 1, List.of(), StoryNames.ofArticle(claim.storyNames()).weights());
    }

    StoryNames story() {
        return StoryNames.of(names);
    }

    /** The event once this claim is part of it: details it lacked are learned from the claim. */
    public ResolvedEvent with(Claim claim, boolean newSource) {
        boolean learnsQualifier = qualifier == null && claim.eventQualifier() != null;
        boolean learnsDay = !dated && dates(claim);
        Instant last = claim.publishedAt().isAfter(lastReported) ? claim.publishedAt() : lastReported;
        Instant first = claim.publishedAt().isBefore(firstReported) ? claim.publishedAt() : firstReported;
        return new ResolvedEvent(id, key, learnsQualifier ? claim.eventLabel() : label, kind,
                learnsQualifier ? claim.eventQualifier() : qualifier, occurrence, first, last,
                site != null ? site : claim.eventSite(), learnsDay ? claim.eventDay() : day, dated || learnsDay,
                sources + (newSource ? 1 : 0), claims + 1, mergedFrom,
                newSource ? story().plus(StoryNames.ofArticle(claim.storyNames())).weights() : names);
    }

    /** This event with another one found to be the same: this one's id survives. */
    ResolvedEvent absorbing(ResolvedEvent other) {
        List<String> merged = new ArrayList<>(mergedFrom);
        merged.add(other.id);
        merged.addAll(other.mergedFrom);
        boolean takeDay = !dated && other.dated;
        return new ResolvedEvent(id, key, qualifier != null ? label : other.label, kind,
                qualifier != null ? qualifier : other.qualifier, occurrence,
                firstReported.isBefore(other.firstReported) ? firstReported : other.firstReported,
                lastReported.isAfter(other.lastReported) ? lastReported : other.lastReported,
                site != null ? site : other.site, takeDay ? other.day : day, dated || other.dated,
                sources + other.sources, claims + other.claims, merged, story().plus(other.story()).weights());
    }

    /** A sentence that gives no day of its own is dated to its article's publication day: that is no evidence. */
    private static boolean dates(Claim claim) {
        return claim.eventDay() != null
                && !claim.eventDay().equals(claim.publishedAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
    }
}

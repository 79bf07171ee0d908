package io.claimstream.identity;

import io.claimstream.claim.Claim;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Resolves which event under one partition key a claim is about. The key (kind and parties) is coarse on
 * purpose; inside it, events are told apart by what never is the contested value: the named body or group
 * ("military committee" vs "foreign ministers"), whether the report is about an earlier occurrence ("the last
 * meeting"), and when the reports were published — reports of one event come out within weeks of each other,
 * so a report that gets the date wrong by a year still lands on the event everyone else reports.
 */
public final class EventResolver {
    /** Kinds of event that happen somewhere to someone, many times over in one country. */
    private static final Set<String> LOCATED_KINDS = Set.of("attack", "earthquake", "accident");
    /** How many days apart two reports may date one attack, quake or crash. */
    private static final int SAME_EVENT_DAYS = 3;
    /**
     * How alike the names of a report and of an event's reports must be for the report to be about that event
     * (StoryNames#similarity); tuned on ECB+ topics 1-35 (README, "Evaluation"). Reports of one story share most
     * of their names (the seeds: 0.58 to 0.74); two stories of one kind share few.
     */
    static final double SAME_STORY = 0.30;

    private final Duration reportingWindow;

    public EventResolver(Duration reportingWindow) {
        this.reportingWindow = reportingWindow;
    }

    /**
     * The day an event is filed under in its key, so that a claim finds it again without reading every event of
     * the key: the day it happened for kinds told apart by day, else the day it was last reported.
     */
    public static String fileDay(ResolvedEvent event) {
        return LOCATED_KINDS.contains(event.kind()) ? event.day() : day(event.lastReported());
    }

    /**
     * Where the events a claim can be about are filed: a few days either side of its event's day, in its town or
     * in none, for kinds told apart by day and place; else from a reporting window before its publication on.
     */
    public Candidates candidatesOf(Claim claim) {
        if (LOCATED_KINDS.contains(claim.eventType()) && claim.eventDay() != null) {
            LocalDate day = LocalDate.parse(claim.eventDay());
            return new Candidates(day.minusDays(SAME_EVENT_DAYS).toString(), day.plusDays(SAME_EVENT_DAYS).toString(), claim.eventSite());
        }
        return new Candidates(day(claim.publishedAt().minus(reportingWindow)), null, null);
    }

    /**
     * File days from and to, both included ({@code to} null: no end); {@code site} when only events in that town
     * or in none can be the claim's, else null.
     */
    public record Candidates(String from, String to, String site) {
    }

    private static String day(Instant t) {
        return t.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    /**
     * The event among the candidates the claim belongs to, or empty when it starts a new one.
     *
     * @param reportedByItsArticle whether the claim's article already said something about an event: then it is
     *                             the same story, whatever the names
     */
    public Optional<ResolvedEvent> resolve(Claim claim, Collection<ResolvedEvent> candidates,
                                           Predicate<ResolvedEvent> reportedByItsArticle) {
        StoryNames story = StoryNames.ofArticle(claim.storyNames());
        Map<ResolvedEvent, Double> likeness = new IdentityHashMap<>();
        for (ResolvedEvent e : candidates) likeness.put(e, reportedByItsArticle.test(e) ? 2.0 : sameStory(story, e.story()));
        return candidates.stream()
                .filter(e -> e.occurrence().equals(claim.occurrence()))
                .filter(e -> compatible(e.qualifier(), claim.eventQualifier()))
                .filter(e -> within(e.firstReported(), e.lastReported(), claim.publishedAt(), claim.publishedAt()))
                .filter(e -> !LOCATED_KINDS.contains(claim.eventType()) || sameSetting(e.site(), e.day(), claim.eventSite(), claim.eventDay()))
                .filter(e -> likeness.get(e) >= SAME_STORY)
                .max(Comparator.comparing((ResolvedEvent e) -> Objects.equals(e.qualifier(), claim.eventQualifier()))
                        .thenComparing(likeness::get).thenComparing(ResolvedEvent::lastReported).thenComparing(ResolvedEvent::id));
    }

    /** How alike two stories' names are; 1 when either has none, since names that are not there cannot differ. */
    private static double sameStory(StoryNames a, StoryNames b) {
        return a.isEmpty() || b.isEmpty() ? 1.0 : a.similarity(b);
    }

    /** A new event for a claim that belongs to none, with an id that is not {@code taken}. */
    public ResolvedEvent start(Claim claim, Predicate<String> taken) {
        String id = baseId(claim);
        for (int n = 2; taken.test(id); n++) id = baseId(claim) + "~" + n;
        return ResolvedEvent.first(id, claim);
    }

    /**
     * Whether two events under one key are one: what the resolver would have made of their reports had they
     * arrived in publication order, with every detail known now (a day given late, a report that bridges the
     * time between them).
     */
    public boolean sameEvent(ResolvedEvent a, ResolvedEvent b) {
        return !a.id().equals(b.id()) && a.occurrence().equals(b.occurrence()) && compatible(a.qualifier(), b.qualifier())
                && within(a.firstReported(), a.lastReported(), b.firstReported(), b.lastReported())
                && (!LOCATED_KINDS.contains(a.kind()) || sameSetting(a.site(), a.day(), b.site(), b.day()))
                && sameStory(a.story(), b.story()) >= SAME_STORY;
    }

    /** The two as one: the earlier-reported keeps its id, the other's is remembered in mergedFrom. */
    public static ResolvedEvent merge(ResolvedEvent a, ResolvedEvent b) {
        boolean aFirst = a.firstReported().isBefore(b.firstReported())
                || a.firstReported().equals(b.firstReported()) && a.id().compareTo(b.id()) < 0;
        return aFirst ? a.absorbing(b) : b.absorbing(a);
    }

    private static boolean compatible(String qualifier, String other) {
        return qualifier == null || other == null || qualifier.equals(other);
    }

    /** Whether two spans of reports come within the reporting window of each other. */
    private boolean within(Instant firstA, Instant lastA, Instant firstB, Instant lastB) {
        Instant gapStart = lastA.isBefore(firstB) ? lastA : lastB;
        Instant gapEnd = lastA.isBefore(firstB) ? firstB : firstA;
        return !gapEnd.isAfter(gapStart.plus(reportingWindow));
    }

    /**
     * A country sees many attacks: one is the same as another only in the same town (when both name one) and
     * within a few days, as the sentences date them.
     */
    private static boolean sameSetting(String siteA, String dayA, String siteB, String dayB) {
        if (siteA != null && siteB != null && !siteA.equals(siteB)) return false;
        if (dayA == null || dayB == null) return true;
        return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(dayA), LocalDate.parse(dayB))) <= SAME_EVENT_DAYS;
    }

    private static String baseId(Claim claim) {
        StringBuilder id = new StringBuilder(claim.eventKey());
        if (claim.eventQualifier() != null) id.append('/').append(claim.eventQualifier().replace(' ', '-'));
        if (LOCATED_KINDS.contains(claim.eventType()) && claim.eventSite() != null) id.append('/').append(claim.eventSite().replace(' ', '-'));
        if (!claim.occurrence().equals("CURRENT")) id.append('/').append(claim.occurrence().toLowerCase(Locale.ROOT));
        return id.append('@').append(day(claim.publishedAt())).toString();
    }
}

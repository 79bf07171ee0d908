package io.claimstream.identity;

import io.claimstream.claim.Claim;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

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

    private final Duration reportingWindow;

    public EventResolver(Duration reportingWindow) {
        this.reportingWindow = reportingWindow;
    }

    /** The event the claim belongs to, or empty when it starts a new one. */
    public Optional<ResolvedEvent> resolve(Claim claim, List<ResolvedEvent> events) {
        return events.stream()
                .filter(e -> e.occurrence().equals(claim.occurrence()))
                .filter(e -> e.qualifier() == null || claim.eventQualifier() == null || e.qualifier().equals(claim.eventQualifier()))
                .filter(e -> Duration.between(e.lastReported(), claim.publishedAt()).abs().compareTo(reportingWindow) <= 0
                        || Duration.between(e.firstReported(), claim.publishedAt()).abs().compareTo(reportingWindow) <= 0)
                .filter(e -> !LOCATED_KINDS.contains(claim.eventType()) || sameSetting(e, claim))
                .max(Comparator.comparing((ResolvedEvent e) -> Objects.equals(e.qualifier(), claim.eventQualifier()))
                        .thenComparing(ResolvedEvent::lastReported));
    }

    /** Adds the claim to its event, or starts a new event; returns the event as it is now and all events. */
    public Resolution add(Claim claim, List<ResolvedEvent> events) {
        Optional<ResolvedEvent> match = resolve(claim, events);
        List<ResolvedEvent> updated = new ArrayList<>(events);
        ResolvedEvent event;
        if (match.isPresent()) {
            event = match.get().with(claim);
            updated.set(updated.indexOf(match.get()), event);
        } else {
            event = new ResolvedEvent(newId(claim), claim.eventLabel(), claim.eventQualifier(), claim.occurrence(),
                    claim.publishedAt(), claim.publishedAt(), claim.eventSite(), claim.eventDay(), List.of(claim));
            updated.add(event);
        }
        return new Resolution(match.orElse(null), event, updated);
    }

    /**
     * A country sees many attacks: one is the same as another only in the same town (when both name one) and
     * within a few days, as the sentences date them.
     */
    private static boolean sameSetting(ResolvedEvent e, Claim claim) {
        if (e.site() != null && claim.eventSite() != null && !e.site().equals(claim.eventSite())) return false;
        if (e.day() == null || claim.eventDay() == null) return true;
        long apart = Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(e.day()), LocalDate.parse(claim.eventDay())));
        return apart <= SAME_EVENT_DAYS;
    }

    /** @param before the event as it was before this claim, null for a new event */
    public record Resolution(ResolvedEvent before, ResolvedEvent event, List<ResolvedEvent> events) {
    }

    private static String newId(Claim claim) {
        StringBuilder id = new StringBuilder(claim.eventKey());
        if (claim.eventQualifier() != null) id.append('/').append(claim.eventQualifier().replace(' ', '-'));
        if (LOCATED_KINDS.contains(claim.eventType()) && claim.eventSite() != null) id.append('/').append(claim.eventSite().replace(' ', '-'));
        if (!claim.occurrence().equals("CURRENT")) id.append('/').append(claim.occurrence().toLowerCase(java.util.Locale.ROOT));
        return id.append('@').append(claim.publishedAt().atZone(ZoneOffset.UTC).toLocalDate()).toString();
    }
}

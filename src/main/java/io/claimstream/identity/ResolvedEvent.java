package io.claimstream.identity;

import io.claimstream.claim.Claim;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One real-world event under a partition key, with every claim made about it so far.
 *
 * @param id           stable id: the key, the qualifier, the occurrence and the day it was first reported
 * @param qualifier    the named body or group, once a report names it
 * @param lastReported publication time of the latest report, which new reports are matched against
 * @param site         the town or province reports place it in, once one does
 * @param day          the day its first report dates it to
 */
public record ResolvedEvent(String id, String label, String qualifier, String occurrence, Instant firstReported,
                            Instant lastReported, String site, String day, List<Claim> claims) {

    public ResolvedEvent {
        claims = List.copyOf(claims);
    }

    ResolvedEvent with(Claim claim) {
        List<Claim> all = new ArrayList<>(claims);
        all.add(claim);
        String q = qualifier != null ? qualifier : claim.eventQualifier();
        Instant last = claim.publishedAt().isAfter(lastReported) ? claim.publishedAt() : lastReported;
        String l = qualifier == null && claim.eventQualifier() != null ? claim.eventLabel() : label;
        return new ResolvedEvent(id, l, q, occurrence, firstReported, last, site != null ? site : claim.eventSite(), day, all);
    }

    public boolean holds(String claimId) {
        return claims.stream().anyMatch(c -> c.claimId().equals(claimId));
    }

    /** Whether this article already said this about the event (a sentence repeated, a headline restated). */
    public boolean alreadySays(Claim claim) {
        return claims.stream().anyMatch(c -> c.articleId().equals(claim.articleId())
                && c.attribute().equals(claim.attribute()) && c.value().equals(claim.value()));
    }
}

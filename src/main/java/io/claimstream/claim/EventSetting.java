package io.claimstream.claim;

import io.claimstream.time.TimeValue;
import java.time.LocalDate;
import java.util.List;

/**
 * Where and on which day a sentence places the event it names: the town or province of its location claim and
 * the first day of its date claim, or the day the article was published when it gives none. Two attacks in the
 * same country are told apart by these (see EventResolver); a meeting's are not used.
 *
 * @param site a place below the country ("Idlib"), or null
 * @param day  ISO date
 */
record EventSetting(String site, String day) {
    /**
     * @param articleSite the town the article last named, for a sentence that names none ("the strike killed 20"
     *                    after "Air strikes hit Idlib")
     */
    static EventSetting of(List<Modifier> modifiers, LocalDate documentDate, String articleSite) {
        String site = null;
        LocalDate day = null;
        for (Modifier m : modifiers) {
            if (m.attribute().equals("location") && site == null && m.isSite()) {
                site = m.value();
            } else if (m.attribute().equals("date") && day == null) {
                // "in March 2013" in an August article dates an earlier event; "this month" the one reported
                TimeValue t = TimeValue.parse(m.value());
                boolean coversPublication = !documentDate.isBefore(t.first()) && !documentDate.isAfter(t.last());
                day = coversPublication && !t.isSingleDay() ? documentDate : t.first();
            }
        }
        return new EventSetting(site != null ? site : articleSite, (day != null ? day : documentDate).toString());
    }
}

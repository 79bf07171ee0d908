package io.claimstream.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores contradiction verdicts against what was planted. A verdict finds a planted contradiction when it is about the
 * planted attribute, every article it names belongs to that event and one of them is the article that says otherwise;
 * any other contradiction is a false alarm: two articles of different events, two articles of one event that say the
 * same, or a conflict over another attribute of the event.
 */
public final class ContradictionScore {
    private final Map<String, SyntheticDay.PlantedEvent> eventOf = new HashMap<>();
    private final Set<String> found = new HashSet<>();
    private final int planted;
    private long falseAlarms;
    private long contradictions;

    public ContradictionScore(List<SyntheticDay.PlantedEvent> events) {
        int n = 0;
        for (SyntheticDay.PlantedEvent e : events) {
            for (String id : e.articleIds()) eventOf.put(id, e);
            if (e.planted()) n++;
        }
        planted = n;
    }

    /**
     * @param attribute  what the verdict is about
     * @param articleIds the article of the new claim and those of the earlier claims it contradicts
     */
    public void contradiction(String attribute, List<String> articleIds) {
        contradictions++;
        SyntheticDay.PlantedEvent event = eventOf.get(articleIds.get(0));
        boolean oneEvent = event != null && articleIds.stream().allMatch(id -> eventOf.get(id) == event);
        boolean planted = oneEvent && event.planted() && attribute.equals(event.attribute());
        if (planted && articleIds.contains(event.oddArticleId())) found.add(event.id());
        else falseAlarms++;
    }

    public int planted() {
        return planted;
    }

    public int found() {
        return found.size();
    }

    public long falseAlarms() {
        return falseAlarms;
    }

    public long contradictions() {
        return contradictions;
    }

    public double recall() {
        return planted == 0 ? 1.0 : (double) found.size() / planted;
    }
}

package io.claimstream.event;

import io.claimstream.event.EventMention.Occurrence;
import io.claimstream.place.Entity;
import io.claimstream.place.Gazetteer;
import io.claimstream.text.Sentence;
import io.claimstream.text.Sentence.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the events a sentence names and who takes part in them. Three ways in:
 * a standing body ("the EU-China Joint Committee", "the OSCE Permanent Council"), whose session is the event;
 * a trigger word ("talks", "met", "phone conversation"), whose parties come from its modifiers ("Indian-Chinese
 * talks"), its prepositional phrases ("talks between Russia and the United States") or the subject of its verb
 * ("Putin and Biden held talks"); and a back-reference ("the last one", an acronym defined earlier).
 * One finder reads one article, sentence by sentence: it remembers acronyms and the last body named.
 */
public final class EventMentionFinder {
    private static final Set<String> BODY_NOUNS = Set.of("Council", "Committee", "Commission", "Assembly", "Parliament",
            "Congress", "Senate", "Board", "Forum", "Cabinet", "Duma", "Summit", "Conference");
    private static final Set<String> LIGHT_VERBS = Set.of("held", "hold", "holds", "holding", "had", "have", "has",
            "conducted", "conduct", "staged", "began", "begin", "launched", "carried");
    private static final Set<String> PREVIOUS_MARKERS = Set.of("last", "latest", "previous", "prior", "preceding");
    private static final Set<String> PORTFOLIOS = Set.of("foreign", "defence", "defense", "finance", "economy",
            "interior", "health", "energy", "trade", "agriculture", "environment", "justice", "education", "transport");
    private static final Set<String> GROUP_NOUNS = Set.of("ministers", "leaders", "chiefs");
    private static final Set<String> CLAUSE_STOPS = Set.of(",", ";", ":", ".", "which", "that", "who", "where", "when",
            "while", "but", "because", "although", "—", "–");
    private static final int PHRASE_WINDOW = 12;
    /** Kinds of event that nobody does: their identity is the country they strike, not a party. */
    private static final Set<String> PLACE_BOUND_KINDS = Set.of("earthquake");
    /** Kinds of event that happen somewhere whether or not anyone is named as doing them. */
    private static final Set<String> LOCATED_KINDS = Set.of("attack", "earthquake", "accident");
    private static final Set<String> STRIKE_VERBS = Set.of("struck", "strikes", "hit", "hits", "shook", "shakes", "rocked", "rocks", "jolted");

    private final Gazetteer gazetteer;
    private final Map<String, EventMention> acronyms = new HashMap<>();
    private EventMention lastBody;
    private Entity lastCountry;
    private String lastKind;
    /** The last attack, quake or crash the article named: what its later casualty counts are about. */
    private EventMention lastDeadly;

    public EventMentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}+");

    /**
     * Whether the sentence has a word that can name an event: a trigger, a body noun ("Council"), an acronym, or
     * "one" standing for an event named before. A sentence without one yields no mention, so it need not be tagged.
     */
    public static boolean mayNameEvent(String sentence) {
        java.util.regex.Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String w = m.group();
            if (BODY_NOUNS.contains(w) || (w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(Character::isUpperCase))) return true;
            String lower = w.toLowerCase(Locale.ROOT);
            if (TriggerLexicon.startsTrigger(lower) || lower.equals("one") || lower.equals("ones")) return true;
        }
        return false;
    }

    /** The mentions of one sentence, in text order; call once per sentence, in article order. */
    public List<EventMention> find(Sentence s) {
        List<Entity>[] actors = actorsByToken(s);
        List<EventMention> mentions = new ArrayList<>();
        boolean[] used = new boolean[s.size()];
        for (EventMention body : bodies(s, actors)) {
            mentions.add(absorbTriggers(s, body, used));
        }
        for (int i = 0; i < s.size(); i++) {
            if (used[i]) continue;
            EventMention alias = acronyms.get(s.token(i).text());
            if (alias != null) {
                mentions.add(absorbTriggers(s, new EventMention(alias.kind(), i, i, alias.participants(),
                        alias.qualifier(), occurrenceBefore(s, i), alias.label(), true), used));
            }
        }
        String kindSoFar = lastKind;
        for (int i = 0; i < s.size(); i++) {
            if (used[i]) continue;
            Token t = s.token(i);
            TriggerLexicon.Trigger trigger = TriggerLexicon.lookup(t.text(), i + 1 < s.size() ? s.token(i + 1).text() : null);
            boolean compound = trigger != null && !trigger.verb() && i + 1 < s.size() && sameKind(s, i + 1, trigger.kind());
            if (trigger != null && (compound || fitsPartOfSpeech(trigger, t))) {
                int last = i + trigger.words() - 1;
                while (last + 1 < s.size() && !used[last + 1] && sameKind(s, last + 1, trigger.kind())) last++;
                for (int k = i; k <= last; k++) used[k] = true;
                mentions.add(triggerMention(s, actors, trigger, i, last));
                kindSoFar = trigger.kind();
            } else if (isAnaphoricOne(s, i) && kindSoFar != null) {
                mentions.add(triggerMention(s, actors, new TriggerLexicon.Trigger(kindSoFar, false, 1), i, i));
            }
        }
        mentions.sort(Comparator.comparingInt(EventMention::first));
        List<EventMention> resolved = placeWhereNobodyActs(s, inheritFromBodies(mentions));
        for (EventMention m : resolved) {
            if (m.body()) lastBody = m;
            lastKind = m.kind();
            if (LOCATED_KINDS.contains(m.kind()) && m.hasParties()) lastDeadly = m;
        }
        return resolved;
    }

    /** Whether an event of this kind can kill or injure: an attack, a quake, a crash, but no meeting or call. */
    public static boolean canHaveCasualties(EventMention m) {
        return LOCATED_KINDS.contains(m.kind());
    }

    /**
     * The event a casualty count at tokens [first, last] reports when its sentence names none that can have
     * casualties ("Four people were killed on Sunday", "Over 65 people have been killed"): the attack, quake or
     * crash the article named last, else an attack placed like any event that nobody is named as doing. Null when
     * there is neither such an event nor a country to place one in. Call after {@link #find} for the same sentence.
     */
    public EventMention casualtyEvent(int first, int last) {
        if (lastDeadly != null) {
            return new EventMention(lastDeadly.kind(), first, last, lastDeadly.participants(), lastDeadly.qualifier(),
                    Occurrence.CURRENT, lastDeadly.label(), false);
        }
        if (lastCountry == null) return null;
        return new EventMention("attack", first, last, List.of(lastCountry), null, Occurrence.CURRENT,
                "attack in " + lastCountry.name(), false);
    }

    /** For each token, the actors it names: an entity, or the parts of a hyphenated compound ("EU-China"). */
    @SuppressWarnings("unchecked")
    private List<Entity>[] actorsByToken(Sentence s) {
        List<Entity>[] actors = new List[s.size()];
        for (int i = 0; i < s.size(); i++) actors[i] = List.of();
        for (int i = 0; i < s.size(); i++) {
            Optional<Gazetteer.Match> match = gazetteer.longestAt(s, i);
            if (match.isPresent() && match.get().entity().isActor()) {
                List<Entity> actor = List.of(gazetteer.actor(match.get().entity()));
                for (int k = i; k <= match.get().last(); k++) actors[k] = actor;
                i = match.get().last();
            } else if (match.isEmpty() && s.token(i).text().contains("-")) {
                List<Entity> parts = new ArrayList<>();
                for (String part : s.token(i).text().split("-")) {
                    gazetteer.named(part).filter(Entity::isActor).map(gazetteer::actor).ifPresent(parts::add);
                }
                actors[i] = parts;
            }
        }
        return actors;
    }

    /** Standing bodies: a capitalized name ending in a body noun, with "of the X" and "with X" after it. */
    private List<EventMention> bodies(Sentence s, List<Entity>[] actors) {
        List<EventMention> found = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!BODY_NOUNS.contains(s.token(i).text())) continue;
            int first = i;
            while (first - 1 >= 0 && isNamePart(s, first - 1, actors)) first--;
            Map<String, Entity> parties = new LinkedHashMap<>();
            List<String> qualifier = new ArrayList<>();
            for (int k = first; k <= i; k++) {
                if (s.token(k).text().equals("\"")) continue;
                if (!actors[k].isEmpty()) actors[k].forEach(e -> parties.put(e.id(), e));
                else qualifier.add(s.token(k).text().toLowerCase(Locale.ROOT));
            }
            int last = i;
            int next = i + 1;
            if (next < s.size() && s.token(next).text().equals("of")) {
                int k = next + 1;
                if (k < s.size() && s.token(k).text().equalsIgnoreCase("the")) k++;
                if (k < s.size() && !actors[k].isEmpty()) {
                    actors[k].forEach(e -> parties.put(e.id(), e));
                    while (k + 1 < s.size() && actors[k + 1] == actors[k]) k++;
                    last = k;
                }
            }
            last = withPartner(s, actors, last, parties);
            if (parties.isEmpty() && qualifier.size() < 2) continue; // "the Council" alone names nothing
            String name = s.text().substring(s.token(first).start(), s.token(i).end()).replace("\"", "").trim();
            EventMention body = new EventMention("meeting", first, last, sorted(parties), String.join(" ", qualifier),
                    occurrenceBefore(s, first), name, true);
            int after = last + 1;
            if (after + 2 < s.size() && s.token(after).text().equals("(") && s.token(after + 2).text().equals(")")
                    && s.token(after + 1).text().matches("\\p{Lu}{2,6}")) {
                acronyms.put(s.token(after + 1).text(), body);
                body = new EventMention(body.kind(), first, after + 2, body.participants(), body.qualifier(),
                        body.occurrence(), body.label(), true);
            }
            found.add(body);
            i = Math.max(i, body.last());
        }
        return found;
    }

    /** "the NATO Council with Russia": a partner named right after the body takes part too. */
    private static int withPartner(Sentence s, List<Entity>[] actors, int last, Map<String, Entity> parties) {
        int k = last + 1;
        if (k >= s.size() || !s.token(k).text().equals("with")) return last;
        k++;
        if (k < s.size() && s.token(k).text().equalsIgnoreCase("the")) k++;
        if (k >= s.size() || actors[k].isEmpty()) return last;
        actors[k].forEach(e -> parties.put(e.id(), e));
        while (k + 1 < s.size() && actors[k + 1] == actors[k]) k++;
        return k;
    }

    private static boolean isNamePart(Sentence s, int k, List<Entity>[] actors) {
        Token t = s.token(k);
        if (t.text().equals("\"")) return true;
        if (k == 0 && !t.isCapitalized()) return false;
        return !actors[k].isEmpty() || (t.isCapitalized() && !t.text().equals("The") && t.tag().startsWith("NN")
                || t.isCapitalized() && t.tag().startsWith("JJ"));
    }

    /** "Council meeting", "meeting of the Council", "the JCC last convened": the trigger names the body's session. */
    private EventMention absorbTriggers(Sentence s, EventMention body, boolean[] used) {
        int first = body.first(), last = body.last();
        for (int i = Math.max(0, body.first() - 3); i <= Math.min(s.size() - 1, body.last() + 2); i++) {
            if (i >= body.first() && i <= body.last()) {
                used[i] = true;
                continue;
            }
            TriggerLexicon.Trigger t = TriggerLexicon.lookup(s.token(i).text(), null);
            if (t != null && t.kind().equals("meeting") && noClauseBreak(s, Math.min(i, body.first()), Math.max(i, body.last()))) {
                used[i] = true;
                first = Math.min(first, i);
                last = Math.max(last, i);
            }
        }
        Occurrence occurrence = body.occurrence() == Occurrence.PREVIOUS || occurrenceBefore(s, first) == Occurrence.PREVIOUS
                || (last > body.last() && PREVIOUS_MARKERS.contains(lower(s, body.last() + 1)))
                ? Occurrence.PREVIOUS : Occurrence.CURRENT;
        return new EventMention(body.kind(), first, last, body.participants(), body.qualifier(), occurrence, body.label(), true);
    }

    private EventMention triggerMention(Sentence s, List<Entity>[] actors, TriggerLexicon.Trigger trigger, int first, int last) {
        Map<String, Entity> parties = new LinkedHashMap<>();
        String qualifier = null;
        // modifiers before a noun: "Indian-Chinese talks", "EU foreign ministers' meeting"
        int start = first;
        while (start - 1 >= 0 && isModifier(s.token(start - 1))) {
            start--;
            actors[start].forEach(e -> parties.put(e.id(), e));
        }
        // prepositional phrases after it: "talks on security between Russia and the United States"; for an event
        // that strikes a country rather than being done by one, what it struck and where: "an earthquake struck Turkey"
        boolean struckCountries = PLACE_BOUND_KINDS.contains(trigger.kind());
        int end = last;
        for (int k = last + 1; k < Math.min(s.size(), last + 1 + PHRASE_WINDOW); k++) {
            Token t = s.token(k);
            boolean passVerb = struckCountries && (STRIKE_VERBS.contains(lower(s, k))
                    || Set.of("that", "which").contains(lower(s, k)) && k + 1 < s.size() && STRIKE_VERBS.contains(lower(s, k + 1)));
            if (!passVerb && (CLAUSE_STOPS.contains(lower(s, k)) || isFiniteVerb(t)
                    || (k > last + 1 && TriggerLexicon.lookup(t.text(), null) != null) || BODY_NOUNS.contains(t.text()))) {
                break;
            }
            if (!isLocative(s, k) || struckCountries && isCountry(actors[k])) {
                actors[k].forEach(e -> parties.put(e.id(), e));
                if (!actors[k].isEmpty()) end = k;
            }
            qualifier = qualifier != null ? qualifier : groupQualifier(s, k);
        }
        // the subject of its verb: "Putin and Biden held talks", "the two delegations will meet"
        int verb = trigger.verb() ? first : lightVerbBefore(s, start);
        if (verb >= 0) {
            int k = verb - 1;
            while (k >= 0 && (s.token(k).tag().equals("MD") || s.token(k).tag().startsWith("RB"))) k--;
            for (; k >= 0 && isSubjectPart(s.token(k)); k--) {
                actors[k].forEach(e -> parties.put(e.id(), e));
                if (!actors[k].isEmpty()) start = Math.min(start, k);
                qualifier = qualifier != null ? qualifier : groupQualifier(s, k);
            }
        }
        List<Entity> sorted = sorted(parties);
        String label = sorted.isEmpty() ? trigger.kind()
                : trigger.kind() + " of " + sorted.stream().map(Entity::name).collect(Collectors.joining(", "));
        return new EventMention(trigger.kind(), Math.min(start, first), Math.max(end, last), sorted, qualifier,
                occurrenceBefore(s, first), label, false);
    }

    /**
     * An attack, a quake or a crash that the sentence gives no party for ("an air strike on Idlib killed 20") is
     * keyed by the country it happened in: the sentence's place, else the last place the article named. The
     * country is coarse enough that a report placing it in another town of that country still meets the others.
     */
    private List<EventMention> placeWhereNobodyActs(Sentence s, List<EventMention> mentions) {
        Entity country = null;
        for (int i = 0; i < s.size(); i++) {
            Optional<Gazetteer.Match> match = gazetteer.longestAt(s, i);
            if (match.isEmpty()) continue;
            Entity e = match.get().entity();
            if (e.isPlace() && e.kind() != Entity.Kind.REGION && e.countryCode() != null) {
                country = gazetteer.actor(e.kind() == Entity.Kind.COUNTRY ? e : asCity(e));
                if (country.kind() == Entity.Kind.COUNTRY) break;
            }
            i = match.get().last();
        }
        if (country != null && country.kind() == Entity.Kind.COUNTRY) lastCountry = country;
        List<EventMention> out = new ArrayList<>(mentions.size());
        for (EventMention m : mentions) {
            if (!m.hasParties() && LOCATED_KINDS.contains(m.kind()) && lastCountry != null) {
                out.add(m.withParties(List.of(lastCountry), m.qualifier(), m.kind() + " in " + lastCountry.name()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** A province or city stands for its country here, whether or not it is a capital. */
    private static Entity asCity(Entity e) {
        return new Entity(e.id(), e.name(), Entity.Kind.CITY, e.countryCode(), e.within(), e.capital());
    }

    /** "foreign ministers", "NATO leaders": the group that meets tells a ministerial from a summit. */
    private static String groupQualifier(Sentence s, int k) {
        String w = lower(s, k);
        if (!GROUP_NOUNS.contains(w)) return null;
        String before = k > 0 ? lower(s, k - 1) : "";
        return PORTFOLIOS.contains(before) ? before + " " + w : w.equals("leaders") ? w : null;
    }

    /**
     * A mention that names no parties but looks back ("the latest meeting", "the last one") is about the body
     * named in the same sentence, or in the sentence before.
     */
    private List<EventMention> inheritFromBodies(List<EventMention> mentions) {
        EventMention sentenceBody = mentions.stream().filter(EventMention::body).findFirst().orElse(lastBody);
        List<EventMention> out = new ArrayList<>(mentions.size());
        for (EventMention m : mentions) {
            if (!m.hasParties() && !m.body() && m.occurrence() == Occurrence.PREVIOUS && sentenceBody != null
                    && sentenceBody.kind().equals(m.kind())) {
                out.add(m.withParties(sentenceBody.participants(), sentenceBody.qualifier(), sentenceBody.label()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean isCountry(List<Entity> actors) {
        return actors.size() == 1 && actors.get(0).kind() == Entity.Kind.COUNTRY;
    }

    /** "talks in Moscow": a capital after "in" is where the event is, not who takes part. */
    private static boolean isLocative(Sentence s, int k) {
        int p = k - 1;
        if (p >= 0 && lower(s, p).equals("the")) p--;
        return p >= 0 && Set.of("in", "at", "near", "outside").contains(lower(s, p));
    }

    private static Occurrence occurrenceBefore(Sentence s, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (PREVIOUS_MARKERS.contains(lower(s, k)) && !isTimeUnit(s, k + 1)) return Occurrence.PREVIOUS;
        }
        if (i + 1 < s.size() && PREVIOUS_MARKERS.contains(lower(s, i + 1)) && s.token(i).isCapitalized()) {
            return Occurrence.PREVIOUS; // "The JCC last convened"
        }
        return Occurrence.CURRENT;
    }

    /** "last month", "last Tuesday": a time expression, not an earlier occurrence. */
    private static boolean isTimeUnit(Sentence s, int k) {
        return k < s.size() && lower(s, k).matches("week|month|year|night|time|summer|winter|spring|autumn|fall"
                + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july"
                + "|august|september|october|november|december");
    }

    private static boolean isAnaphoricOne(Sentence s, int i) {
        String w = lower(s, i);
        if (!w.equals("one") && !w.equals("ones")) return false;
        boolean determined = i > 0 && Set.of("the", "this", "that", "last", "latest", "previous").contains(lower(s, i - 1));
        boolean standsAlone = i + 1 >= s.size() || !s.token(i + 1).tag().startsWith("NN");
        return determined && standsAlone;
    }

    private static boolean fitsPartOfSpeech(TriggerLexicon.Trigger trigger, Token t) {
        if (trigger.verb()) return t.tag().startsWith("VB");
        return !t.tag().startsWith("VB") || t.text().equalsIgnoreCase("talks");
    }

    private static boolean sameKind(Sentence s, int k, String kind) {
        TriggerLexicon.Trigger t = TriggerLexicon.lookup(s.token(k).text(), null);
        return t != null && t.kind().equals(kind) && !t.verb();
    }

    private static boolean isModifier(Token t) {
        String tag = t.tag();
        return (tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("POS") || tag.equals("CD") || t.text().equals("'s"))
                && TriggerLexicon.lookup(t.text(), null) == null;
    }

    private static boolean isSubjectPart(Token t) {
        String tag = t.tag();
        return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("CC") || tag.equals("POS")
                || tag.equals("CD") || tag.equals("PRP$") || t.text().equals("'s");
    }

    private static boolean isFiniteVerb(Token t) {
        return t.tag().equals("VBD") || t.tag().equals("VBZ") || t.tag().equals("VBP") || t.tag().equals("MD")
                || t.tag().equals("VB");
    }

    private static int lightVerbBefore(Sentence s, int start) {
        for (int k = start - 1; k >= Math.max(0, start - 3); k--) {
            if (LIGHT_VERBS.contains(lower(s, k)) && s.token(k).isVerb()) return k;
            if (!s.token(k).tag().equals("DT") && !s.token(k).tag().startsWith("JJ") && !s.token(k).tag().equals("CD")) break;
        }
        return -1;
    }

    private static boolean noClauseBreak(Sentence s, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (CLAUSE_STOPS.contains(lower(s, k))) return false;
        }
        return true;
    }

    private static String lower(Sentence s, int k) {
        return s.token(k).text().toLowerCase(Locale.ROOT);
    }

    private static List<Entity> sorted(Map<String, Entity> parties) {
        return parties.values().stream().sorted(Comparator.comparing(Entity::id)).toList();
    }
}

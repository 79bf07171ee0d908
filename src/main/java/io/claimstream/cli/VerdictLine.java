package io.claimstream.cli;

import io.claimstream.verdict.Verdict;
import java.util.stream.Collectors;

/** A verdict as a person reads it at a glance: what, about which event, the values and who said them. */
final class VerdictLine {
    private VerdictLine() {
    }

    static String of(Verdict v) {
        String others = v.others().stream().collect(Collectors.groupingBy(Verdict.Side::value, java.util.LinkedHashMap::new,
                        Collectors.mapping(VerdictLine::who, Collectors.joining(", "))))
                .entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining("; "));
        return String.format("%-13s %s · %s: %s (%s) %s %s", v.verdict(), v.eventLabel(), v.attribute(), v.claim().value(),
                who(v.claim()), v.verdict() == Verdict.Kind.CONTRADICTION ? "vs" : "=", others);
    }

    private static String who(Verdict.Side s) {
        return s.source() == null ? s.articleId() : s.source() + " " + s.articleId();
    }
}

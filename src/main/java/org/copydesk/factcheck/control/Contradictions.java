package org.copydesk.factcheck.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.copydesk.factcheck.entity.CalendarDate;
import org.copydesk.factcheck.entity.Claim;
import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.Label;
import org.copydesk.factcheck.entity.Quantity;
import org.copydesk.factcheck.entity.Quotation;
import org.copydesk.factcheck.entity.SubjectKey;
import org.copydesk.factcheck.entity.Verdict;

/**
 * Compares claims about the same subject. Values are compared after normalization, so "14.3 billion"
 * and "14,3 milliards" agree. Tolerances: amounts and counts 1% relative (5% when either is hedged,
 * "~600"); percentages 0.1 point; ages 1 year (articles are written at different times); years,
 * dates and ranks exactly, at the precision both give. Roles and awards under one key agree;
 * quotes are never compared (translations differ in wording).
 */
public final class Contradictions {

    private static final BigDecimal RELATIVE = new BigDecimal("0.01");
    private static final BigDecimal HEDGED_RELATIVE = new BigDecimal("0.05");
    private static final BigDecimal PERCENTAGE_POINTS = new BigDecimal("0.1");
    private static final BigDecimal AGE_YEARS = BigDecimal.ONE;

    private static final java.util.Set<String> KNOWN_COUNT_UNITS = LanguageProfiles.BUILT_IN.stream()
            .map(LexiconProfile::load).flatMap(profile -> profile.countNouns().values().stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final java.util.Set<String> MEASURE_UNITS = LanguageProfiles.BUILT_IN.stream()
            .map(LexiconProfile::load).flatMap(profile -> profile.measureNouns().values().stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The unit of a head count that says no more than that people were counted. */
    private static final String PEOPLE = "people";
    /** How a role read with a word for "former" begins. */
    private static final String FORMER = "former ";

    private static final java.util.Set<ClaimKind> PERSONAL = java.util.EnumSet.of(ClaimKind.ROLE, ClaimKind.AGE,
            ClaimKind.AWARD);

    private Contradictions() {
    }

    /** A pair of claims that disagree. */
    public record Conflict(Claim first, Claim second) {
    }

    public static Verdict between(Claim a, Claim b) {
        if (!comparable(a, b)) {
            return Verdict.NOT_COMPARABLE;
        }
        if (a.value() instanceof CalendarDate x && b.value() instanceof CalendarDate y) {
            return sameDate(x, y) ? Verdict.AGREE : Verdict.CONTRADICT;
        }
        if (a.value() instanceof Quantity x && b.value() instanceof Quantity y) {
            if (!x.unit().equals(y.unit())) {
                return Verdict.NOT_COMPARABLE;
            }
            return within(x, y, tolerance(a.kind(), x, y)) ? Verdict.AGREE : Verdict.CONTRADICT;
        }
        return a.value().equals(b.value()) || a.kind() == ClaimKind.ROLE || a.kind() == ClaimKind.AWARD
                ? Verdict.AGREE : Verdict.CONTRADICT;
    }

    /**
     * Compares the values alone, for two claims already found to state the same fact: same kind (a date and a
     * year meet), same unit. Quotes agree when the same person is named as their speaker.
     */
    public static Verdict byValue(Claim a, Claim b) {
        boolean calendar = isCalendar(a.kind()) && isCalendar(b.kind());
        if (a.kind() != b.kind() && !calendar || PERSONAL.contains(a.kind()) && !samePerson(a, b)) {
            return Verdict.NOT_COMPARABLE;
        }
        if (a.kind() == ClaimKind.ROLE && a.value() instanceof Label x && b.value() instanceof Label y) {
            boolean toCome = a.subjectKey().attribute().startsWith(RoleReader.FUTURE);
            return toCome != b.subjectKey().attribute().startsWith(RoleReader.FUTURE) ? Verdict.NOT_COMPARABLE
                    : sameRole(x.canonical(), y.canonical());
        }
        if (a.value() instanceof Quotation x && b.value() instanceof Quotation y) {
            return x.speaker() == null || y.speaker() == null ? Verdict.NOT_COMPARABLE
                    : sameSpeaker(x.speaker(), y.speaker()) ? Verdict.AGREE : Verdict.CONTRADICT;
        }
        if (a.value() instanceof CalendarDate x && b.value() instanceof CalendarDate y) {
            if (a.kind() != b.kind() && (x.day() != 0 || y.day() != 0)) {
                // the day of an event and a bare year are seldom one fact
                return Verdict.NOT_COMPARABLE;
            }
            return sameDate(x, y) ? Verdict.AGREE : Verdict.CONTRADICT;
        }
        if (a.value() instanceof Quantity x && b.value() instanceof Quantity y) {
            if (!java.util.Objects.equals(x.unit(), y.unit()) && !countsOfOneThing(a.kind(), x.unit(), y.unit())) {
                return Verdict.NOT_COMPARABLE;
            }
            // the articles of one story are written within days: an age one year apart is an error
            BigDecimal tolerance = a.kind() == ClaimKind.AGE ? BigDecimal.ZERO : tolerance(a.kind(), x, y);
            return within(x, y, tolerance) ? Verdict.AGREE : Verdict.CONTRADICT;
        }
        return a.value().equals(b.value()) ? Verdict.AGREE : Verdict.CONTRADICT;
    }

    /**
     * A title shortened is the same title ("director", "gallery director"); a past role says nothing against a present
     * one ("former deputy mayor", "mayor").
     */
    private static Verdict sameRole(String x, String y) {
        if (x.startsWith(FORMER) != y.startsWith(FORMER)) {
            return Verdict.NOT_COMPARABLE;
        }
        String longer = x.length() >= y.length() ? x : y;
        String shorter = longer == x ? y : x;
        return longer.equals(shorter) || longer.endsWith(" " + shorter) && !shorter.equals(FORMER.strip())
                ? Verdict.AGREE : Verdict.CONTRADICT;
    }

    /** Two claims about a person's role, age or award are about one person when the surnames are the same. */
    private static boolean samePerson(Claim a, Claim b) {
        String x = a.subjectKey().entity();
        String y = b.subjectKey().entity();
        if (x.equals(SubjectKeys.UNKNOWN) || y.equals(SubjectKeys.UNKNOWN) || x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return x.substring(x.lastIndexOf('-') + 1).equals(y.substring(y.lastIndexOf('-') + 1));
    }

    /** The last word of each name: "Ann Lee" and "Lee" are the same speaker. */
    private static boolean sameSpeaker(String x, String y) {
        String[] a = Words.fold(x).trim().split("\\s+");
        String[] b = Words.fold(y).trim().split("\\s+");
        return a[a.length - 1].equals(b[b.length - 1]);
    }

    /**
     * Whether two different units of a count may still count one thing: a count without a noun, or "people" against
     * a kind of people ("14 injured", "nine people were hurt"), or two nouns no lexicon knows. A unit of measure
     * only meets itself.
     */
    private static boolean countsOfOneThing(ClaimKind kind, String x, String y) {
        if (kind != ClaimKind.COUNT) {
            return false;
        }
        if (x == null || y == null) {
            return true;
        }
        if (MEASURE_UNITS.contains(x) || MEASURE_UNITS.contains(y)) {
            return false;
        }
        return PEOPLE.equals(x) || PEOPLE.equals(y) || !known(x) && !known(y);
    }

    /** Units of counts the lexicons share across languages: two different ones count different things. */
    private static boolean known(String unit) {
        return KNOWN_COUNT_UNITS.contains(unit);
    }

    public static boolean contradict(Claim a, Claim b) {
        return between(a, b) == Verdict.CONTRADICT;
    }

    /** Every contradicting pair between two articles' claims. */
    public static List<Conflict> across(List<Claim> first, List<Claim> second) {
        List<Conflict> conflicts = new ArrayList<>();
        for (Claim a : first) {
            for (Claim b : second) {
                if (contradict(a, b)) {
                    conflicts.add(new Conflict(a, b));
                }
            }
        }
        return conflicts;
    }

    /**
     * The key under which a claim can meet claims about the same subject ({@code entity|attribute}), or empty when
     * no other claim can ever be compared with it: quotes, an unknown entity, a value with no attribute.
     */
    public static Optional<String> meetingKey(Claim claim) {
        SubjectKey key = claim.subjectKey();
        if (claim.kind() == ClaimKind.QUOTE || key.entity().equals(SubjectKeys.UNKNOWN)
                || key.attribute().isEmpty() && claim.kind() != ClaimKind.AGE) {
            return Optional.empty();
        }
        return Optional.of(key.entity() + "|" + key.attribute());
    }

    private static boolean comparable(Claim a, Claim b) {
        if (a.kind() == ClaimKind.QUOTE || b.kind() == ClaimKind.QUOTE
                || a.subjectKey().entity().equals(SubjectKeys.UNKNOWN)) {
            return false;
        }
        boolean calendar = isCalendar(a.kind()) && isCalendar(b.kind());
        if (calendar) {
            return a.subjectKey().sameSubjectAs(b.subjectKey()) && !a.subjectKey().attribute().isEmpty();
        }
        if (!a.subjectKey().equals(b.subjectKey()) || a.kind() != b.kind()) {
            return false;
        }
        // without an attribute, "meta|amount" could be any amount about Meta
        return !a.subjectKey().attribute().isEmpty() || a.kind() == ClaimKind.AGE;
    }

    private static boolean isCalendar(ClaimKind kind) {
        return kind == ClaimKind.YEAR || kind == ClaimKind.DATE;
    }

    private static boolean sameDate(CalendarDate x, CalendarDate y) {
        if (x.year() != y.year()) {
            return false;
        }
        if (x.month() == 0 || y.month() == 0 || x.month() != y.month()) {
            return x.month() == 0 || y.month() == 0;
        }
        return x.day() == 0 || y.day() == 0 || x.day() == y.day();
    }

    private static BigDecimal tolerance(ClaimKind kind, Quantity x, Quantity y) {
        return switch (kind) {
            case PERCENTAGE -> PERCENTAGE_POINTS;
            case AGE -> AGE_YEARS;
            case RANKING, YEAR -> BigDecimal.ZERO;
            default -> (x.approximate() || y.approximate() ? HEDGED_RELATIVE : RELATIVE)
                    .multiply(x.number().abs().max(y.number().abs()), MathContext.DECIMAL64);
        };
    }

    private static boolean within(Quantity x, Quantity y, BigDecimal tolerance) {
        return x.number().subtract(y.number()).abs().compareTo(tolerance) <= 0;
    }
}

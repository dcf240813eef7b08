package org.copydesk.factcheck.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.copydesk.factcheck.entity.CalendarDate;
import org.copydesk.factcheck.entity.Claim;
import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.ClaimValue;
import org.copydesk.factcheck.entity.Quantity;
import org.copydesk.factcheck.entity.Quotation;
import org.copydesk.factcheck.entity.SubjectKey;
import org.copydesk.factcheck.entity.Verdict;
import org.junit.jupiter.api.Test;

class ContradictionsTest {

    private static final SubjectKey DEAL = new SubjectKey("meta", "acquisition:scale-ai", "amount");

    @Test
    void equalAmountsWrittenDifferentlyAgree() {
        assertEquals(Verdict.AGREE, Contradictions.between(amount(DEAL, "14.3e9", "USD"),
                amount(DEAL, "14300000000", "USD")));
    }

    @Test
    void amountsDifferingByMoreThanOnePercentContradict() {
        assertEquals(Verdict.CONTRADICT, Contradictions.between(amount(DEAL, "14.5e9", "USD"),
                amount(DEAL, "14.3e9", "USD")));
        assertEquals(Verdict.AGREE, Contradictions.between(amount(DEAL, "14.40e9", "USD"),
                amount(DEAL, "14.35e9", "USD")));
    }

    @Test
    void differentCurrenciesCannotBeCompared() {
        assertEquals(Verdict.NOT_COMPARABLE, Contradictions.between(amount(DEAL, "14e9", "USD"),
                amount(DEAL, "13e9", "EUR")));
    }

    @Test
    void differentYearsContradictAndADateAgreesWithItsYear() {
        SubjectKey turing = new SubjectKey("lecun", "award:turing", "year");
        assertEquals(Verdict.CONTRADICT, Contradictions.between(claim(ClaimKind.YEAR, turing, CalendarDate.ofYear(2018)),
                claim(ClaimKind.YEAR, turing, CalendarDate.ofYear(2019))));
        Claim bornDate = claim(ClaimKind.DATE, new SubjectKey("lecun", "born", "date"), new CalendarDate(1960, 7, 8));
        Claim bornYear = claim(ClaimKind.YEAR, new SubjectKey("lecun", "born", "year"), CalendarDate.ofYear(1960));
        Claim wrongMonth = claim(ClaimKind.DATE, new SubjectKey("lecun", "born", "date"), new CalendarDate(1960, 8, 8));
        assertEquals(Verdict.AGREE, Contradictions.between(bornDate, bornYear));
        assertEquals(Verdict.CONTRADICT, Contradictions.between(bornDate, wrongMonth));
    }

    @Test
    void hedgedCountsAllowFivePercent() {
        SubjectKey layoffs = new SubjectKey("meta", "layoffs:ai-unit", "count");
        Claim about = claim(ClaimKind.COUNT, layoffs, new Quantity(new BigDecimal("600"), "jobs", true));
        assertEquals(Verdict.AGREE, Contradictions.between(about,
                claim(ClaimKind.COUNT, layoffs, new Quantity(new BigDecimal("620"), "jobs", false))));
        assertEquals(Verdict.CONTRADICT, Contradictions.between(about,
                claim(ClaimKind.COUNT, layoffs, new Quantity(new BigDecimal("700"), "jobs", false))));
    }

    @Test
    void differentSubjectsVagueSubjectsAndQuotesAreNotCompared() {
        assertEquals(Verdict.NOT_COMPARABLE, Contradictions.between(amount(DEAL, "1", "USD"),
                amount(new SubjectKey("google", "acquisition:scale-ai", "amount"), "2", "USD")));
        SubjectKey vague = new SubjectKey("meta", "", "amount");
        assertEquals(Verdict.NOT_COMPARABLE, Contradictions.between(amount(vague, "1e9", "USD"),
                amount(vague, "2e9", "USD")));
        SubjectKey said = new SubjectKey("lecun", "", "quote");
        assertEquals(Verdict.NOT_COMPARABLE, Contradictions.between(claim(ClaimKind.QUOTE, said, new Quotation("a", "LeCun")),
                claim(ClaimKind.QUOTE, said, new Quotation("b", "LeCun"))));
    }

    @Test
    void acrossListsEveryContradictingPair() {
        List<Contradictions.Conflict> conflicts = Contradictions.across(
                List.of(amount(DEAL, "14.5e9", "USD")),
                List.of(amount(DEAL, "14.3e9", "USD"), amount(DEAL, "14.5e9", "USD")));
        assertEquals(1, conflicts.size());
        assertTrue(Contradictions.contradict(conflicts.get(0).first(), conflicts.get(0).second()));
    }

    @Test
    void withinOneStoryAnAgeOneYearApartContradicts() {
        SubjectKey age = new SubjectKey("mantegari", "", "age");
        assertEquals(Verdict.CONTRADICT, Contradictions.byValue(
                claim(ClaimKind.AGE, age, new Quantity(new BigDecimal("52"), "years", false)),
                claim(ClaimKind.AGE, age, new Quantity(new BigDecimal("53"), "years", false))));
    }

    @Test
    void aUnitOfMeasureOnlyMeetsItselfWhileAHeadCountMeetsKindsOfPeople() {
        SubjectKey any = new SubjectKey("port", "", "count");
        Claim tonnes = claim(ClaimKind.COUNT, any, new Quantity(new BigDecimal("140"), "tonnes", false));
        Claim metres = claim(ClaimKind.COUNT, any, new Quantity(new BigDecimal("200"), "metres", false));
        Claim people = claim(ClaimKind.COUNT, any, new Quantity(new BigDecimal("9"), "people", false));
        Claim injured = claim(ClaimKind.COUNT, any, new Quantity(new BigDecimal("14"), "injured", false));
        Claim guards = claim(ClaimKind.COUNT, any, new Quantity(new BigDecimal("14"), "guards", false));
        assertEquals(Verdict.NOT_COMPARABLE, Contradictions.byValue(tonnes, metres));
        assertEquals(Verdict.NOT_COMPARABLE, Contradictions.byValue(people, metres));
        assertEquals(Verdict.CONTRADICT, Contradictions.byValue(people, injured));
        assertEquals(Verdict.NOT_COMPARABLE, Contradictions.byValue(injured, guards));
    }

    @Test
    void theDayOfAnEventDoesNotMeetABareYear() {
        SubjectKey when = new SubjectKey("gallery", "", "date");
        Claim day = claim(ClaimKind.DATE, when, new CalendarDate(2026, 3, 1));
        assertEquals(Verdict.NOT_COMPARABLE, Contradictions.byValue(day,
                claim(ClaimKind.YEAR, when, CalendarDate.ofYear(1912))));
        assertEquals(Verdict.CONTRADICT, Contradictions.byValue(claim(ClaimKind.DATE, when, new CalendarDate(2031, 6, 0)),
                claim(ClaimKind.YEAR, when, CalendarDate.ofYear(2030))));
    }

    private static Claim amount(SubjectKey key, String number, String currency) {
        return claim(ClaimKind.AMOUNT, key, new Quantity(new BigDecimal(number), currency, false));
    }

    private static Claim claim(ClaimKind kind, SubjectKey key, ClaimValue value) {
        return new Claim(0, 0, 1, 0, 1, kind, value, key, "x", "en");
    }
}

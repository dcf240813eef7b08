package org.copydesk.factcheck.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.copydesk.factcheck.entity.Claim;
import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.Label;
import org.copydesk.factcheck.entity.Quantity;
import org.copydesk.factcheck.entity.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles as they are written, tallies, shares of a whole and changes in points. */
class TitlesAndTalliesTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @ParameterizedTest(name = "[{0}] {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "en | Museum director Tomas Brill opened the new wing on Friday.           | museum director | brill",
        "en | \"It was a long night,\" said Jon Harte, the league's deputy secretary. | deputy secretary | harte",
        "en | The former finance minister Ada Roe backed the plan.                 | former finance minister | roe",
        "en | The hospital's IT director, Vera Lind, confirmed the outage.         | it director | lind",
        "de | Werksleiterin Petra Sommer lobte die Feuerwehr.                      | plant director | sommer",
        "it | La ex vicesindaca Anna Ferri ha vinto il ballottaggio.               | former deputy mayor | ferri",
        "es | Habló la gerente de operaciones de Minas del Sur, Rosa Vidal.      | operations manager | vidal",
    })
    void readsATitleAndItsHolder(String language, String sentence, String role, String holder) {
        Claim claim = only(EXTRACTOR.extract(sentence, language), ClaimKind.ROLE);
        assertEquals(role, ((Label) claim.value()).canonical());
        assertEquals(holder, claim.subjectKey().entity());
    }

    @Test
    void aShortenedTitleAgreesAndAPastOrFutureRoleIsAnotherFact() {
        Claim full = only(EXTRACTOR.extract("Museum director Tomas Brill spoke first.", "en"), ClaimKind.ROLE);
        Claim shortened = only(EXTRACTOR.extract("Direktor Tomas Brill sprach zuerst.", "de"), ClaimKind.ROLE);
        Claim other = only(EXTRACTOR.extract("Curator Tomas Brill spoke first.", "en"), ClaimKind.ROLE);
        Claim former = only(EXTRACTOR.extract("Former curator Tomas Brill spoke first.", "en"), ClaimKind.ROLE);
        Claim toCome = only(EXTRACTOR.extract("Tomas Brill will become curator in May.", "en"), ClaimKind.ROLE);
        assertEquals(Verdict.AGREE, Contradictions.byValue(full, shortened));
        assertEquals(Verdict.CONTRADICT, Contradictions.byValue(full, other));
        assertEquals(Verdict.NOT_COMPARABLE, Contradictions.byValue(other, former));
        assertEquals(Verdict.NOT_COMPARABLE, Contradictions.byValue(other, toCome));
    }

    @ParameterizedTest(name = "[{0}] {1} = {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "de | Der Rat entschied mit 5:4 Stimmen.                    | COUNT      | 5    | votes",
        "en | The alliance won 12 of the 40 seats.                   | COUNT      | 12   | seats",
        "en | Seven people were hurt in the crash.                   | COUNT      | 7    | injured",
        "fr | On compte 11 cas de brûlures.                          | COUNT      | 11   | burns",
        "en | A single guard was on duty.                            | COUNT      | 1    | guards",
        "en | The bank cut its rate by 50 basis points.              | PERCENTAGE | 0.5  | percentage points",
        "de | Die Notenbank senkte den Zins um 0,25 Prozentpunkte.   | PERCENTAGE | 0.25 | percentage points",
        "en | The board agreed a half-point cut.                     | PERCENTAGE | 0.5  | percentage points",
    })
    void readsTalliesSharesAndPoints(String language, String sentence, ClaimKind kind, String number, String unit) {
        Quantity q = (Quantity) only(EXTRACTOR.extract(sentence, language), kind).value();
        assertEquals(0, new BigDecimal(number).compareTo(q.number()), () -> q.number().toPlainString());
        assertEquals(unit, q.unit());
    }

    @Test
    void aNumberInAProductNameIsNoCount() {
        assertTrue(EXTRACTOR.extract("The firm sold 9,000 Orbis 2 tablets last year.", "en").stream()
                .filter(c -> c.kind() == ClaimKind.COUNT)
                .allMatch(c -> ((Quantity) c.value()).number().compareTo(new BigDecimal(9000)) == 0));
    }

    @Test
    void aQuoteIsTheWordsOfThePersonSetOffAfterTheTitlesOrganisation() {
        Claim quote = only(EXTRACTOR.extract("«Seguiremos buscando hasta encontrar a todos», dijo el jefe de bomberos de Valle Alto, "
                + "Luis Prado.", "es"), ClaimKind.QUOTE);
        assertEquals("prado", quote.subjectKey().entity());
    }

    @Test
    void quotesSayingTheSameFigureInTwoLanguagesAreMatched() {
        List<Claim> english = EXTRACTOR.extract("\"We had everyone out within fifteen minutes,\" said Ada Roe.", "en");
        List<Claim> french = EXTRACTOR.extract("« Tout le monde était dehors en quinze minutes », a déclaré "
                + "Jon Harte.", "fr");
        assertTrue(ClaimMatcher.pairs(english, french).stream().anyMatch(pair ->
                english.get(pair.mine()).kind() == ClaimKind.QUOTE && pair.verdict() == Verdict.CONTRADICT));
    }

    @Test
    void anAgeToldOfATitleIsTheAgeOfWhoeverHoldsIt() {
        List<Claim> named = EXTRACTOR.extract("The ferry's master, the 58-year-old captain Piet Vey, was questioned.",
                "en");
        List<Claim> unnamed = EXTRACTOR.extract("Il traghetto era comandato da un capitano di 61 anni.", "it");
        assertTrue(ClaimMatcher.pairs(named, unnamed).stream().anyMatch(pair ->
                named.get(pair.mine()).kind() == ClaimKind.AGE && pair.verdict() == Verdict.CONTRADICT));
    }

    private static Claim only(List<Claim> claims, ClaimKind kind) {
        List<Claim> ofKind = claims.stream().filter(c -> c.kind() == kind).toList();
        assertEquals(1, ofKind.size(), () -> kind + " in " + claims);
        return ofKind.get(0);
    }
}

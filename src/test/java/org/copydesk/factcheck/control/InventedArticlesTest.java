package org.copydesk.factcheck.control;

import static org.copydesk.factcheck.control.Articles.load;
import static org.copydesk.factcheck.control.Articles.ofKind;
import static org.copydesk.factcheck.control.Articles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.List;

import org.copydesk.factcheck.entity.CalendarDate;
import org.copydesk.factcheck.entity.Claim;
import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.Label;
import org.copydesk.factcheck.entity.Quantity;
import org.copydesk.factcheck.entity.Quotation;
import org.copydesk.factcheck.entity.Verdict;
import org.junit.jupiter.api.Test;

/** Articles about other events, so the extraction is shown to follow the kind of claim, not the samples. */
class InventedArticlesTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @Test
    void englishBusinessStoryYieldsKeyedFigures() {
        String text = load("invented/robotics.en.txt");
        List<Claim> claims = EXTRACTOR.extract(text, "en");

        assertEquals("2025-11-12", ((CalendarDate) ofKind(claims, ClaimKind.DATE).get(0).value()).iso());
        assertNumber("2.5e9", only(claims, "acme-robotics|acquisition:nordwind-labs|amount"));
        assertEquals(1998, ((CalendarDate) only(claims, "acme-robotics|founded|year").value()).year());
        assertNumber("1200", only(claims, "acme-robotics|layoffs:cloud-unit|count"));
        assertNumber("8400", only(claims, "acme-robotics|workforce|count"));
        assertNumber("4.2", only(claims, "acme-robotics|shares|percentage"));
        assertNumber("52", only(claims, "okafor|age"));
        only(claims, "okafor|role:chief-executive-officer");
        assertEquals(2019, ((CalendarDate) only(claims, "berg|award:engelberger|year").value()).year());
        assertNumber("2", only(claims, "antwerp|rank:busiest|rank"));
        Quotation quote = (Quotation) only(claims, "okafor|quote").value();
        assertEquals("Okafor", quote.speaker());
        assertTrue(quote.text().startsWith("We are building the platform"));
    }

    @Test
    void companiesNamedWithAnIndustryWordAreOrganisationsNotPeople() {
        List<Claim> buyer = EXTRACTOR.extract("Globex Industries agreed to buy Initech for $2.1 billion, the"
                + " companies said on Monday.", "en");
        assertNumber("2.1e9", only(buyer, "globex-industries|acquisition:initech|amount"));

        List<Claim> first = EXTRACTOR.extract("The harbour authority said on Tuesday that Northport Shipping will"
                + " lay off 350 workers. Northport Shipping employs 4,200 people, its chief executive Maria Olsen"
                + " said.", "en");
        List<Claim> second = EXTRACTOR.extract("Northport Shipping is cutting 400 jobs, the union said.", "en");
        Claim layoffs = only(first, "northport-shipping|layoffs|count");
        assertNumber("4200", only(first, "northport-shipping|workforce|count"));
        assertEquals(Verdict.CONTRADICT, Contradictions.between(layoffs,
                only(second, "northport-shipping|layoffs|count")));
        only(first, "olsen|role:chief-executive-officer");
    }

    @Test
    void frenchStoryUsesTheSameLanguageIndependentKeys() {
        List<Claim> claims = EXTRACTOR.extract(load("invented/aeronautique.fr.txt"), "fr");

        assertNumber("1.2e9", only(claims, "airbus|acquisition:satair|amount"));
        assertEquals("EUR", ((Quantity) only(claims, "airbus|acquisition:satair|amount").value()).unit());
        assertNumber("2300", only(claims, "airbus|layoffs:research-unit|count"));
        assertNumber("56", only(claims, "faury|age"));
        only(claims, "faury|role:chief-executive-officer");
        assertNumber("3.5", only(claims, "airbus|shares|percentage"));
        assertNumber("3", only(claims, "toulouse|rank:most-populous|rank"));
        assertEquals(2023, ((CalendarDate) only(claims, "mohammadi|award:nobel|year").value()).year());
        assertEquals("Guillaume Faury", ((Quotation) only(claims, "faury|quote").value()).speaker());
    }

    @Test
    void germanStoryReadsGermanNumbersAndNames() {
        List<Claim> claims = EXTRACTOR.extract(load("invented/industrie.de.txt"), "de");

        assertNumber("1200", only(claims, "siemens-ag|layoffs:ai-unit|count"));
        assertNumber("3.5e9", only(claims, "siemens-ag|acquisition:altair|amount"));
        assertEquals("2024-10-14", ((CalendarDate) ofKind(claims, ClaimKind.DATE).get(0).value()).iso());
        assertNumber("58", only(claims, "busch|age"));
        assertNumber("2.5", only(claims, "siemens-ag|shares|percentage"));
        assertTrue(((Quotation) only(claims, "busch|quote").value()).text().startsWith("Wir investieren weiter"));
    }

    @Test
    void sameFactToldInEnglishAndFrenchAgreesAndADifferentFigureContradicts() {
        Claim english = only(EXTRACTOR.extract("Airbus laid off 2,300 employees in its research division.", "en"),
                "airbus|layoffs:research-unit|count");
        Claim french = only(EXTRACTOR.extract(load("invented/aeronautique.fr.txt"), "fr"),
                "airbus|layoffs:research-unit|count");
        Claim german = only(EXTRACTOR.extract("Der Flugzeugbauer Airbus hat 2.800 Stellen in der Forschung gestrichen.", "de"),
                "airbus|layoffs:research-unit|count");
        assertEquals(Verdict.AGREE, Contradictions.between(english, french));
        assertEquals(Verdict.CONTRADICT, Contradictions.between(english, german));
    }

    @Test
    void claimFreeSentencesYieldNoClaims() {
        assertTrue(EXTRACTOR.extract("The weather was pleasant.", "en").isEmpty());
        assertTrue(EXTRACTOR.extract("Il fait beau aujourd'hui. Les « modèles du monde » restent à la mode.", "fr")
                .isEmpty());
        assertTrue(EXTRACTOR.extract("Das Wetter war schön.", "de").isEmpty());
        assertTrue(EXTRACTOR.extract("The 1980s were a decade of big hair and bigger ambitions.", "en").isEmpty());
        String robotics = load("invented/robotics.en.txt");
        int weather = robotics.indexOf("The weather was pleasant.");
        assertTrue(EXTRACTOR.extract(robotics, "en").stream().noneMatch(c -> c.start() == weather));
    }

    @Test
    void unknownLanguageIsRefusedAndRegionalVariantsAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> EXTRACTOR.extract("Olá.", "pt"));
        assertEquals(1, EXTRACTOR.extract("Le prix a été remis en 2020.", "fr-CA").size());
    }

    @Test
    void spanishAndItalianAreReadFromTheirLexicons() {
        List<Claim> spanish = EXTRACTOR.extract("El puente costará 6,2 millones de euros y cerrará ocho semanas.", "es");
        assertEquals(List.of(ClaimKind.AMOUNT, ClaimKind.DURATION), spanish.stream().map(Claim::kind).toList());
        assertNumber("6200000", spanish.get(0));
        assertNumber("1344", spanish.get(1));
        List<Claim> italian = EXTRACTOR.extract("A bordo c'erano circa 180 passeggeri, martedì 21 aprile.", "it",
                java.time.LocalDate.of(2026, 5, 2));
        assertTrue(italian.stream().anyMatch(c -> c.kind() == ClaimKind.COUNT
                && ((Quantity) c.value()).approximate()), italian::toString);
        assertTrue(italian.stream().anyMatch(c -> c.value().equals(new CalendarDate(2026, 4, 21))), italian::toString);
        assertTrue(italian.stream().anyMatch(c -> c.value().equals(new Label("tuesday"))), italian::toString);
    }

    @Test
    void aDateWithoutItsYearTakesTheYearWhereItsWeekdayFits() {
        List<Claim> claims = EXTRACTOR.extract("The fire broke out on Tuesday 13 October.", "en",
                java.time.LocalDate.of(2027, 1, 5));
        assertTrue(claims.stream().anyMatch(c -> c.value().equals(new CalendarDate(2026, 10, 13))),
                claims::toString);
    }

    @Test
    void aNewLanguageIsAddedWithAProfileNotAnAlgorithmChange() {
        LanguageProfile english = LexiconProfile.load("en");
        LanguageProfile newcomer = (LanguageProfile) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {LanguageProfile.class},
                (proxy, method, args) -> method.getName().equals("language") ? "xx" : method.invoke(english, args));
        ClaimExtractor extractor = new ClaimExtractor(LanguageProfiles.builtIn().with(newcomer));
        assertEquals(1, extractor.extract("Revenue rose 12 per cent.", "xx").size());
    }

    private static void assertNumber(String expected, Claim claim) {
        BigDecimal actual = ((Quantity) claim.value()).number();
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> claim + " has " + actual.toPlainString());
    }
}

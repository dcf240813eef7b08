package org.copydesk.factcheck.control;

import static org.copydesk.factcheck.control.Articles.load;
import static org.copydesk.factcheck.control.Articles.ofKind;
import static org.copydesk.factcheck.control.Articles.only;
import static org.copydesk.factcheck.control.Articles.withKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.copydesk.factcheck.entity.CalendarDate;
import org.copydesk.factcheck.entity.Claim;
import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.Label;
import org.copydesk.factcheck.entity.Quantity;
import org.copydesk.factcheck.entity.Quotation;
import org.copydesk.factcheck.entity.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Acceptance on the five news reports of Yann LeCun leaving Meta. */
class SampleArticlesTest {

    private static final String TURING_YEAR = "lecun|award:turing|year";
    private static final String SCALE_AI_AMOUNT = "meta|acquisition:scale-ai|amount";
    private static final String AI_LAYOFFS = "meta|layoffs:ai-unit|count";

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();
    private static String[] texts;
    private static List<Claim> inside;      // 000, en
    private static List<Claim> startup;     // 001, en
    private static List<Claim> cnbc;        // 002, en
    private static List<Claim> gate;        // 003, fr
    private static List<Claim> profile;     // 004, en

    @BeforeAll
    static void extractAll() {
        String[] names = {"000_c07d0c8b38be55d4", "001_61fdc06fbf95651a", "002_51005e4b663ca4c8",
            "003_7e61ead925937b9a", "004_b70ffce309890383"};
        texts = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            texts[i] = load("samples/" + names[i] + ".txt");
        }
        inside = EXTRACTOR.extract(texts[0], "en");
        startup = EXTRACTOR.extract(texts[1], "en");
        cnbc = EXTRACTOR.extract(texts[2], "en");
        gate = EXTRACTOR.extract(texts[3], "fr");
        profile = EXTRACTOR.extract(texts[4], "en");
    }

    @Test
    void turingAwardYearIs2018InThreeArticlesAnd2019InOneUnderOneKey() {
        assertEquals(2018, year(only(inside, TURING_YEAR)));
        assertEquals(2018, year(only(startup, TURING_YEAR)));
        assertEquals(2018, year(only(profile, TURING_YEAR)));
        assertEquals(2019, year(only(cnbc, TURING_YEAR)));
    }

    @Test
    void turingAwardYearsContradictAcrossArticlesButAgreeWhereTheyMatch() {
        assertEquals(Verdict.CONTRADICT, Contradictions.between(only(cnbc, TURING_YEAR), only(profile, TURING_YEAR)));
        assertEquals(Verdict.AGREE, Contradictions.between(only(inside, TURING_YEAR), only(startup, TURING_YEAR)));
        assertFalse(Contradictions.across(cnbc, inside).isEmpty());
    }

    @Test
    void frenchPrixTuringMeetsEnglishTuringAward() {
        Claim french = ofKind(gate, ClaimKind.AWARD).get(0);
        Claim english = ofKind(startup, ClaimKind.AWARD).get(0);
        assertEquals("lecun|award:turing", french.subjectKey().text());
        assertEquals(english.subjectKey(), french.subjectKey());

        List<Claim> dated = EXTRACTOR.extract("Yann LeCun a reçu le prix Turing en 2019, avec Geoffrey Hinton.", "fr");
        Claim frenchYear = only(dated, TURING_YEAR);
        assertEquals(Verdict.CONTRADICT, Contradictions.between(frenchYear, only(profile, TURING_YEAR)));
    }

    @Test
    void scaleAiAmountSharesAKeyBetweenEnglishAndFrenchAndContradicts() {
        Claim dollars = only(cnbc, SCALE_AI_AMOUNT);
        Claim milliards = only(gate, SCALE_AI_AMOUNT);
        assertEquals(0, new BigDecimal("14.5e9").compareTo(amount(dollars).number()));
        assertEquals(0, new BigDecimal("14.3e9").compareTo(amount(milliards).number()));
        assertEquals("USD", amount(milliards).unit());
        assertEquals("14,3 milliards de dollars", texts[3].substring(milliards.phraseStart(), milliards.phraseEnd()));
        assertEquals(Verdict.CONTRADICT, Contradictions.between(dollars, milliards));
    }

    @Test
    void sixHundredAiLayoffsAgreeBetweenEnglishAndFrench() {
        Claim positions = only(startup, AI_LAYOFFS);
        Claim employes = only(gate, AI_LAYOFFS);
        assertEquals(0, BigDecimal.valueOf(600).compareTo(amount(positions).number()));
        assertTrue(amount(positions).approximate(), "~600 is hedged");
        assertEquals(Verdict.AGREE, Contradictions.between(positions, employes));
    }

    @Test
    void leNet5IsDated1989WithItsOwnKey() {
        Claim lenet = only(profile, "lenet-5|created|year");
        assertEquals(1989, year(lenet));
        assertTrue(lenet.sentence().contains("LeCun created LeNet-5"));
    }

    @Test
    void quotesCarryTheirSpeakers() {
        assertSpeaker(cnbc, "The goal of the startup is to bring about", "lecun");
        assertSpeaker(cnbc, "As I envision it", "lecun");
        assertSpeaker(startup, "I plan to leave Meta after an exciting 12 years", "lecun");
        assertSpeaker(startup, "The goal of the new company is to drive", "lecun");
        assertSpeaker(profile, "AI is a tool, not a replacement for human creativity", "lecun");
        assertSpeaker(profile, "it’s flexible and community-supported", "lecun");
        assertSpeaker(gate, "utiles mais fondamentalement limités", "lecun");
    }

    @Test
    void scareQuotesAndUnattributedQuotesAreNotQuoteClaims() {
        List<Claim> quotes = ofKind(gate, ClaimKind.QUOTE);
        assertTrue(quotes.stream().noneMatch(q -> ((Quotation) q.value()).text().contains("modèles du monde")));
        assertTrue(ofKind(inside, ClaimKind.QUOTE).isEmpty(), "“Nah, I’m out.” has no speaker");
    }

    @Test
    void roleAgeAndBirthAreKeyedToLeCun() {
        assertEquals(new Label("chief ai scientist"), only(profile, "lecun|role:chief-ai-scientist").value());
        assertEquals(0, BigDecimal.valueOf(65).compareTo(amount(only(cnbc, "lecun|age")).number()));
        assertEquals(Verdict.AGREE, Contradictions.between(only(startup, "lecun|born|date"),
                only(profile, "lecun|born|year")));
    }

    @Test
    void spansPointExactlyAtSentenceAndPhrase() {
        List<List<Claim>> all = List.of(inside, startup, cnbc, gate, profile);
        for (int i = 0; i < all.size(); i++) {
            for (Claim c : all.get(i)) {
                assertEquals(c.sentence(), texts[i].substring(c.start(), c.end()));
                assertTrue(c.start() <= c.phraseStart() && c.phraseEnd() <= c.end(), c.toString());
            }
        }
    }

    @Test
    void idsAreStableAndFollowTextOrder() {
        List<Claim> again = EXTRACTOR.extract(texts[2], "en");
        assertEquals(cnbc, again);
        for (int i = 0; i < cnbc.size(); i++) {
            assertEquals(i, cnbc.get(i).id());
        }
    }

    private static void assertSpeaker(List<Claim> claims, String words, String speakerKey) {
        Claim quote = ofKind(claims, ClaimKind.QUOTE).stream()
                .filter(q -> ((Quotation) q.value()).text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("No quote with " + words));
        assertEquals(speakerKey, quote.subjectKey().entity());
        assertTrue(((Quotation) quote.value()).speaker().contains("LeCun"));
        assertEquals(withKey(List.of(quote), speakerKey + "|quote").size(), 1);
    }

    private static int year(Claim c) {
        return ((CalendarDate) c.value()).year();
    }

    private static Quantity amount(Claim c) {
        return (Quantity) c.value();
    }
}

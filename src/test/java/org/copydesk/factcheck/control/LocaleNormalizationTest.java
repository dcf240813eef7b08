package org.copydesk.factcheck.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.copydesk.factcheck.entity.CalendarDate;
import org.copydesk.factcheck.entity.Claim;
import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Figures are read the way each language writes them. */
class LocaleNormalizationTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @ParameterizedTest(name = "[{0}] {1} = {3} {4}")
    @CsvSource(delimiter = '|', value = {
        "fr | Meta a dépensé 14,3 milliards de dollars pour Scale AI.   | AMOUNT     | 14.3e9  | USD",
        "de | Die Firma zahlte 1.200 Euro Strafe.                         | AMOUNT     | 1200    | EUR",
        "fr | Les actions ont chuté de 12,6 % en octobre.                 | PERCENTAGE | 12.6    | %",
        "en | Acme Robotics paid $2.5bn for the rival.                    | AMOUNT     | 2.5e9   | USD",
        "en | The council spent €300 million on the tram.                 | AMOUNT     | 300e6   | EUR",
        "en | The city hired 1,200 employees last year.                   | COUNT      | 1200    | jobs",
        "en | The startup raised €2.5m from angels.                       | AMOUNT     | 2.5e6   | EUR",
        "en | Shares rose 3.75 percent on Monday.                         | PERCENTAGE | 3.75    | %",
        "fr | Zuck a jeté $100 milliards sur le problème.                 | AMOUNT     | 100e9   | USD",
        "fr | La ville compte 12 600 employés municipaux.                 | COUNT      | 12600   | jobs",
        "de | Siemens zahlte 3,5 Mrd. Euro für Altair.                    | AMOUNT     | 3.5e9   | EUR",
        "de | Der Bund gibt 1,5 Billionen Euro aus.                       | AMOUNT     | 1.5e12  | EUR",
        "de | Die Aktie fiel um 2,5 Prozent.                              | PERCENTAGE | 2.5     | %",
        "de | Der Konzern beschäftigt 12.500 Mitarbeiter weltweit.        | COUNT      | 12500   | jobs",
        "en | The airlines carried 48 million passengers last year.       | COUNT      | 48e6    | passengers",
        "it | Le compagnie hanno trasportato 48 milioni di passeggeri.     | COUNT      | 48e6    | passengers",
        "es | Los mineros quedaron atrapados a 640 metros de profundidad.  | COUNT      | 640     | metres",
        "en | The tanker spilled 140 tonnes of fuel oil.                  | COUNT      | 140     | tonnes",
        "de | Rund 150 Patienten wurden verlegt.                          | COUNT      | 150     | patients",
    })
    void readsFiguresTheWayTheLanguageWritesThem(String language, String sentence, ClaimKind kind, String number,
                                                 String unit) {
        Quantity q = single(EXTRACTOR.extract(sentence, language), kind);
        assertEquals(0, new BigDecimal(number).compareTo(q.number()), () -> q.number().toPlainString());
        assertEquals(unit, q.unit());
    }

    @Test
    void englishCommaGroupsThousandsAndGermanFullStopDoesToo() {
        assertEquals(new BigDecimal("1200"), new NumberReader(LexiconProfile.load("en")).parse("1,200"));
        assertEquals(new BigDecimal("1200"), new NumberReader(LexiconProfile.load("de")).parse("1.200"));
        assertEquals(new BigDecimal("1.2"), new NumberReader(LexiconProfile.load("de")).parse("1,2"));
        assertEquals(new BigDecimal("14.3"), new NumberReader(LexiconProfile.load("fr")).parse("14,3"));
        assertEquals(new BigDecimal("1200.5"), new NumberReader(LexiconProfile.load("en")).parse("1,200.5"));
        assertEquals(new BigDecimal("1200.5"), new NumberReader(LexiconProfile.load("de")).parse("1.200,5"));
    }

    @Test
    void germanAbbreviatedScaleDoesNotEndTheSentence() {
        List<Claim> claims = EXTRACTOR.extract("Siemens zahlte 3,5 Mrd. Euro für Altair. Das war viel.", "de");
        Claim amount = claims.stream().filter(c -> c.kind() == ClaimKind.AMOUNT).findFirst().orElseThrow();
        assertEquals("Siemens zahlte 3,5 Mrd. Euro für Altair.", amount.sentence());
    }

    @Test
    void hedgedFiguresAreMarkedApproximate() {
        assertTrue(single(EXTRACTOR.extract("Meta cut ~600 AI positions.", "en"), ClaimKind.COUNT).approximate());
        assertTrue(single(EXTRACTOR.extract("Cela a effacé près de $240 milliards.", "fr"), ClaimKind.AMOUNT)
                .approximate());
    }

    @Test
    void datesAreNormalizedToIsoInEachLanguage() {
        assertEquals("2025-11-12", date("The deal closed on 12 November 2025.", "en"));
        assertEquals("2025-11-12", date("The deal closed on November 12, 2025.", "en"));
        assertEquals("2025-11-12", date("L'accord a été signé le 12 novembre 2025.", "fr"));
        assertEquals("2025-11-12", date("Der Vertrag wurde am 12. November 2025 unterzeichnet.", "de"));
        assertEquals("2024-07", date("The model was unveiled in July 2024.", "en"));
    }

    @Test
    void agesAndRankingsAreReadInEachLanguage() {
        assertEquals(65, single(EXTRACTOR.extract("The 65-year-old scientist left.", "en"), ClaimKind.AGE)
                .number().intValue());
        assertEquals(65, single(EXTRACTOR.extract("Yann LeCun, âgé de 65 ans, part.", "fr"), ClaimKind.AGE)
                .number().intValue());
        assertEquals(3, single(EXTRACTOR.extract("Frankfurt is Europe's third-busiest airport.", "en"),
                ClaimKind.RANKING).number().intValue());
        assertEquals(3, single(EXTRACTOR.extract("Lyon est la troisième ville la plus peuplée.", "fr"),
                ClaimKind.RANKING).number().intValue());
        assertEquals(3, single(EXTRACTOR.extract("Hamburg ist der drittgrößte Hafen Europas.", "de"),
                ClaimKind.RANKING).number().intValue());
    }

    private static String date(String sentence, String language) {
        Claim c = EXTRACTOR.extract(sentence, language).stream().filter(x -> x.kind() == ClaimKind.DATE)
                .findFirst().orElseThrow(() -> new AssertionError("No date in " + sentence));
        return ((CalendarDate) c.value()).iso();
    }

    private static Quantity single(List<Claim> claims, ClaimKind kind) {
        List<Claim> ofKind = claims.stream().filter(c -> c.kind() == kind).toList();
        assertEquals(1, ofKind.size(), () -> "Expected one " + kind + " in " + claims);
        return (Quantity) ofKind.get(0).value();
    }
}

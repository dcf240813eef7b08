package org.copydesk.text.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> sentences(Sentences sentences, String text) {
        return sentences.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void englishTitlesAndLatinAbbreviationsDoNotEndASentence() {
        Sentences english = Sentences.of("en", List.of("dr", "approx", "gov"), null);
        assertEquals(List.of("Mr. Okafor met Dr. Marren on Monday.", "They spoke for approx. Two hours.",
                        "Gov. Arden left."),
                sentences(english, "Mr. Okafor met Dr. Marren on Monday. They spoke for approx. Two hours. "
                        + "Gov. Arden left."));
    }

    @Test
    void anAbbreviationFromTheLanguagesOwnListCountsInAnyCase() {
        Sentences withList = Sentences.of("en", List.of("approx"), null);
        Sentences withoutList = Sentences.of("en");
        for (String written : List.of("approx.", "Approx.", "APPROX.")) {
            assertEquals(1, withList.split("It costs " + written + " Ten dollars.").size(), written);
        }
        assertEquals(2, withoutList.split("It costs approx. Ten dollars.").size());
    }

    @Test
    void frenchAbbreviations() {
        Sentences french = Sentences.of("fr", List.of("m", "mme", "env"), null);
        assertEquals(List.of("Mme. Lavallée et M. Roux sont arrivés.", "Ils étaient env. Trente."),
                sentences(french, "Mme. Lavallée et M. Roux sont arrivés. Ils étaient env. Trente."));
    }

    @Test
    void germanAbbreviationsAndNumericOrdinals() {
        Sentences german = Sentences.of("de", List.of("z.b", "bzw", "mio"), "\\d{1,3}\\.");
        assertEquals(List.of("Die Wahl findet am 14. Oktober statt, z.B. Kassel.", "Es kostet 3 Mio. Euro.",
                        "Im Jahr 2023.", "Danach nicht mehr."),
                sentences(german, "Die Wahl findet am 14. Oktober statt, z.B. Kassel. Es kostet 3 Mio. Euro. "
                        + "Im Jahr 2023. Danach nicht mehr."));
    }

    @Test
    void aNumberEndingASentenceOutsideGermanStillEndsIt() {
        Sentences english = Sentences.of("en", List.of(), "\\d{1,3}(?:st|nd|rd|th)");
        assertEquals(List.of("The score was 14.", "Nobody expected it."),
                sentences(english, "The score was 14. Nobody expected it."));
    }

    @Test
    void spanishAbbreviations() {
        Sentences spanish = Sentences.of("es", List.of("sra", "ee.uu", "aprox"), null);
        assertEquals(List.of("La Sra. Quintero viajó a EE.UU. Con su hija.", "Volvió el lunes."),
                sentences(spanish, "La Sra. Quintero viajó a EE.UU. Con su hija. Volvió el lunes."));
    }

    @Test
    void italianAbbreviations() {
        Sentences italian = Sentences.of("it", List.of("dott", "sig"), null);
        assertEquals(List.of("Il dott. Ferrante e il sig. Bassi sono partiti.", "Nessuno li ha visti."),
                sentences(italian, "Il dott. Ferrante e il sig. Bassi sono partiti. Nessuno li ha visti."));
        assertEquals(List.of("Il Dott. Ferrante è partito."), sentences(italian, "Il Dott. Ferrante è partito."));
    }

    @Test
    void anAbbreviationOnlyCountsAsAWholeWord() {
        assertEquals(List.of("Er kam.", "Das war am Ende viel."),
                sentences(Sentences.of("de"), "Er kam. Das war am Ende viel."));
        assertEquals(List.of("They moved to Monaco.", "Co. Cork is next."),
                sentences(Sentences.of("en", List.of("co"), null), "They moved to Monaco. Co. Cork is next."));
    }

    @Test
    void theUnicodeAbbreviationsOfTheLanguageCount() {
        String text = "Habló el Excmo. Sr. Ruiz.";
        assertEquals(List.of(text), sentences(Sentences.of("es"), text));
        assertEquals(3, Sentences.of("").split(text).size());
    }

    @Test
    void initialsDoNotEndASentence() {
        assertEquals(List.of("John F. Kennedy spoke in Berlin.", "Crowds cheered."),
                sentences(Sentences.of("en"), "John F. Kennedy spoke in Berlin. Crowds cheered."));
    }

    @Test
    void everyLineIsItsOwnBlockWithoutItsBulletOrQuoteMark() {
        String text = "Storm hits the coast\n- Ten villages evacuated\n> Stay indoors, said the mayor. Roads are shut\n"
                + "\nThe rain stopped at noon.";
        List<Sentence> split = Sentences.of("en").split(text);
        assertEquals(List.of("Storm hits the coast", "Ten villages evacuated", "Stay indoors, said the mayor.",
                "Roads are shut", "The rain stopped at noon."), split.stream()
                .map(s -> text.substring(s.start(), s.end())).toList());
        assertEquals(List.of(0, 1, 2, 2, 4), split.stream().map(Sentence::line).toList());
        assertEquals(List.of(false, false, true, true, false), split.stream().map(Sentence::blockquote).toList());
    }

    @Test
    void ideographicFullStopsEndASentenceWithoutASpace() {
        assertEquals(List.of("今天下雨。", "明天晴天！", "你去吗？"), sentences(Sentences.of("zh"), "今天下雨。明天晴天！你去吗？"));
        assertEquals(List.of("東京は晴れ。", "大阪は雨。"), sentences(Sentences.of("ja"), "東京は晴れ。大阪は雨。"));
    }

    @Test
    void aQuestionInQuotesFollowedByItsSpeakerStaysOneSentence() {
        assertEquals(List.of("“Why now?” she asked.", "Nobody answered."),
                sentences(Sentences.of("en"), "“Why now?” she asked. Nobody answered."));
    }

    @Test
    void aSentenceEndsBeforeAnOpeningQuote() {
        assertEquals(List.of("He paused.", "«On continue», a-t-il dit."),
                sentences(Sentences.of("fr"), "He paused. «On continue», a-t-il dit."));
        assertEquals(List.of("Sie schwieg.", "„Wir bleiben“, sagte sie."),
                sentences(Sentences.of("de"), "Sie schwieg. „Wir bleiben“, sagte sie."));
    }

    @Test
    void decimalsAndLowerCaseContinuationsDoNotEndASentence() {
        assertEquals(1, Sentences.of("en").split("Prices rose 3.5 percent. and then fell.").size());
    }

    @Test
    void aRangeIsSplitWithOffsetsInTheWholeText() {
        String text = "Intro line\nFirst one. Second one.";
        int from = text.indexOf('F');
        List<Sentence> split = Sentences.of("en").split(text, from, text.length());
        assertEquals(2, split.size());
        assertEquals("Second one.", text.substring(split.get(1).start(), split.get(1).end()));
        assertTrue(split.get(0).contains(from));
        assertFalse(split.get(0).contains(split.get(1).start()));
    }

    @Test
    void aLineWithoutLettersOrDigitsIsNoSentence() {
        assertEquals(List.of("Headline"), sentences(Sentences.of("en"), "***\nHeadline\n— —"));
    }
}

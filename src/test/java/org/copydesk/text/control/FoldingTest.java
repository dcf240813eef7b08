package org.copydesk.text.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void accentsCaseAndApostrophesFoldAlike() {
        assertEquals("elysee", Folding.fold("Élysée"));
        assertEquals(Folding.fold("l'etat"), Folding.fold("L’État"));
        assertEquals("strasse", Folding.fold("STRASSE"));
        assertEquals("ano", Folding.fold("año"));
    }

    @Test
    void compatibilityFormsFoldToTheirPlainLetters() {
        assertEquals("office", Folding.fold("oﬃce"));
        assertEquals("10 km", Folding.fold("10\u00A0km"));
    }

    @Test
    void wordsAreRunsOfLettersAndDigits() {
        assertEquals(List.of("l", "ia", "a", "gagne", "3", "prix"), Folding.words("L’IA a gagné 3 prix !"));
    }

    @Test
    void dashedKeepsLettersAndDigitsJoinedBySingleDashes() {
        assertEquals("elysee-paris", Folding.dashed("  Élysée, Paris! "));
        assertEquals("l-etat-a-3-voix", Folding.dashed("L’État — à 3 voix"));
        assertEquals("", Folding.dashed("— · —"));
    }
}

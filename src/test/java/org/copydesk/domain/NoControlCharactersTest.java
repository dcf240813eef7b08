package org.copydesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class NoControlCharactersTest {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    record Note(@NoControlCharacters String text) {
    }

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Test
    void tabsAndLineBreaksAreText() {
        assertThat(violations("Line one\tcell\r\nLine two\n")).isEmpty();
        assertThat(violations(null)).isEmpty();
        assertThat(violations("Zürich, 東京, ‏עברית")).isEmpty();
    }

    @Test
    void nulIsRefusedWithItsPosition() {
        assertThat(violations("Budget\u0000 passes")).singleElement()
                .extracting(ConstraintViolation::getMessage).asString()
                .startsWith("contains the control character U+0000 at character 6");
    }

    @Test
    void otherC0ControlsAreRefusedToo() {
        for (char control : new char[] {'\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F'}) {
            assertThat(violations("a" + control)).as("U+%04X", (int) control).hasSize(1);
        }
        assertThat(NoControlCharactersValidator.firstControlCharacter("ok\u007F")).isEqualTo(-1);
    }

    private static Set<ConstraintViolation<Note>> violations(String text) {
        return VALIDATION.getValidator().validate(new Note(text));
    }
}

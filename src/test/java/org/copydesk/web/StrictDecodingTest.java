package org.copydesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictDecodingTest {

    @Test
    void validTextDecodesUnchanged() {
        String text = "Élection à Zürich: 3 € — 東京";
        assertThat(StrictDecoding.decode(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, ""))
                .isEqualTo(text);
        assertThat(StrictDecoding.decode(new byte[0], StandardCharsets.UTF_8, "")).isEmpty();
    }

    @Test
    void aByteThatIsNotUtf8IsRefusedWithItsOffset() {
        byte[] latin1 = "Café au lait".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> StrictDecoding.decode(latin1, StandardCharsets.UTF_8, "; advice"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(422);
                    assertThat(problem.getMessage()).isEqualTo(
                            "The body is not valid UTF-8: byte 3 (0xE9) does not form a character; advice");
                });
    }

    @Test
    void aSequenceCutShortAtTheEndIsRefused() {
        byte[] cut = {'o', 'k', (byte) 0xE2, (byte) 0x82};
        assertThatThrownBy(() -> StrictDecoding.decode(cut, StandardCharsets.UTF_8, ""))
                .hasMessageContaining("byte 2 (0xE2)");
    }

    @Test
    void aDeclaredCharsetIsHeldToo() {
        byte[] accented = "naïve".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StrictDecoding.decode(accented, StandardCharsets.US_ASCII, ""))
                .hasMessageStartingWith("The body is not valid US-ASCII: byte 2");
        assertThat(StrictDecoding.decode(accented, StandardCharsets.ISO_8859_1, "")).isEqualTo("naÃ¯ve");
    }
}

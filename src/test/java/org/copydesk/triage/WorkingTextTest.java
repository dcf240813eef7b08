package org.copydesk.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.copydesk.triage.control.WorkingText;
import org.junit.jupiter.api.Test;

class WorkingTextTest {

    @Test
    void plainTextKeepsParagraphsAndNormalisesSpaceAndUnicode() {
        assertEquals("Cafe\u0301 → Café\n\nSecond paragraph.".replace("Cafe\u0301", "Café"),
                WorkingText.of("  Cafe\u0301\u00A0→ Café  \r\n\r\n\r\n\tSecond   paragraph.\u200B ", "text/plain"));
    }

    @Test
    void hostileMarkupLeavesNothingExecutable() {
        String html = "<p onmouseover=\"x()\">Hello <img src=x onerror=alert(1)>world</p>"
                + "<script>document.cookie</script><style>body{}</style>"
                + "<iframe src=\"javascript:alert(1)\"></iframe><svg onload=alert(2)><text>svg</text></svg>"
                + "<a href=\"javascript:alert(3)\">link</a><br>next line";
        String text = WorkingText.of(html, "text/html");
        assertEquals("Hello world\n\nlink\nnext line", text);
        for (String dangerous : new String[] {"<", "onerror", "script", "javascript", "cookie", "alert"}) {
            assertFalse(text.contains(dangerous), dangerous);
        }
    }
}

package org.copydesk.publish.control;

import java.util.UUID;
import org.copydesk.text.control.Folding;

/** The readable, stable part of a published article's address: its first headline's words and a piece of its id. */
final class Slugs {

    private static final int WORDS_LENGTH = 60;

    private Slugs() {
    }

    static String of(String headline, UUID articleId) {
        String words = Folding.dashed(headline);
        if (words.length() > WORDS_LENGTH) {
            words = words.substring(0, WORDS_LENGTH).replaceAll("-[^-]*$", "");
        }
        String id = articleId.toString().substring(0, 8);
        return words.isEmpty() ? id : words + "-" + id;
    }
}

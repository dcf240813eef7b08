package org.copydesk.ingest.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The hash that makes ingest idempotent: the same title and text from the same source is the same article,
 * whatever line endings, Unicode composition or trailing spaces the sender used this time.
 */
public final class ContentFingerprint {

    private static final Pattern SPACE_BEFORE_LINE_END = Pattern.compile("[ \\t\\u00A0]+\\n");

    private ContentFingerprint() {
    }

    public static String of(String title, String text) {
        String canonical = canonical(title) + "\n\n" + canonical(text);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String canonical(String value) {
        String normalized = Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFC);
        String lines = normalized.replace("\r\n", "\n").replace('\r', '\n');
        return SPACE_BEFORE_LINE_END.matcher(lines).replaceAll("\n").strip();
    }
}

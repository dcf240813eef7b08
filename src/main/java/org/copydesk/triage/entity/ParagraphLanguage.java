package org.copydesk.triage.entity;

/**
 * @param language ISO 639-1 code, or {@code "und"} when the paragraph is too short to tell
 */
public record ParagraphLanguage(int paragraphIndex, String language, double confidence) {

    public static final String UNDETERMINED = "und";

    public boolean determined() {
        return !UNDETERMINED.equals(language);
    }
}

package org.copydesk.factcheck.entity;

/**
 * One checkable statement found in an article.
 *
 * @param id          position of the claim in the article's claim list, stable for the same text
 * @param start       start of the claim's sentence (or quote with its attribution) in the article text
 * @param end         end (exclusive); {@code text.substring(start, end)} is the claim's sentence
 * @param phraseStart start of the phrase carrying the value ("14,3 milliards de dollars")
 * @param phraseEnd   end (exclusive) of that phrase
 * @param kind        what sort of content
 * @param value       the normalized value
 * @param subjectKey  what the claim is about, comparable across articles and languages
 * @param sentence    the claim's sentence as written, equal to {@code text.substring(start, end)}
 * @param language    ISO 639-1 code of the article
 */
public record Claim(int id, int start, int end, int phraseStart, int phraseEnd, ClaimKind kind,
                    ClaimValue value, SubjectKey subjectKey, String sentence, String language) {
}

package org.copydesk.portal.entity;

import java.util.List;

/**
 * One claim subject across the articles of a story: what each article says about it (empty where it says
 * nothing), and whether the articles that say something disagree.
 */
public class ComparisonRow {

    private final String subject;
    private final String label;
    private final List<String> values;
    private final boolean disagreement;

    public ComparisonRow(String subject, String label, List<String> values, boolean disagreement) {
        this.subject = subject;
        this.label = label;
        this.values = List.copyOf(values);
        this.disagreement = disagreement;
    }

    public String getSubject() {
        return subject;
    }

    /** The subject as a person reads it; {@link #getSubject()} is the key that lines the languages up. */
    public String getLabel() {
        return label;
    }

    public List<String> getValues() {
        return values;
    }

    public boolean isDisagreement() {
        return disagreement;
    }
}

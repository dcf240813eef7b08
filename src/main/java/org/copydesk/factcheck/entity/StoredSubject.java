package org.copydesk.factcheck.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A {@link SubjectKey} in its three columns. */
@Embeddable
public class StoredSubject {

    @Column(name = "subject_entity", nullable = false, length = 200)
    private String entity;

    @Column(name = "subject_attribute", nullable = false, length = 200)
    private String attribute;

    @Column(name = "subject_facet", nullable = false, length = 40)
    private String facet;

    protected StoredSubject() {
    }

    public static StoredSubject of(SubjectKey key) {
        StoredSubject stored = new StoredSubject();
        stored.entity = clip(key.entity(), 200);
        stored.attribute = clip(key.attribute(), 200);
        stored.facet = clip(key.facet(), 40);
        return stored;
    }

    public SubjectKey toKey() {
        return new SubjectKey(entity, attribute, facet);
    }

    private static String clip(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }
}

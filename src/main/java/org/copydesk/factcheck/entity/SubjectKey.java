package org.copydesk.factcheck.entity;

/**
 * What a claim is about, spelled so that claims from different articles and languages meet:
 * {@code entity|attribute|facet}, e.g. "lecun|award:turing|year", "meta|layoffs:ai-unit|count".
 * Empty parts are left out of the text form ("lecun|age", "lecun|award:turing").
 *
 * @param entity    normalized entity name: lowercase, accents stripped, possessive removed
 * @param attribute language-independent attribute, optionally with a target ("acquisition:scale-ai");
 *                  empty when no attribute word was found near the value
 * @param facet     which facet of the attribute the value measures ("year", "amount", "count", ...)
 */
public record SubjectKey(String entity, String attribute, String facet) {

    public String text() {
        StringBuilder sb = new StringBuilder(entity);
        if (!attribute.isEmpty()) {
            sb.append('|').append(attribute);
        }
        if (!facet.isEmpty()) {
            sb.append('|').append(facet);
        }
        return sb.toString();
    }

    /** Same entity and attribute, whatever the facet: "born|year" and "born|date" are one subject. */
    public boolean sameSubjectAs(SubjectKey other) {
        return entity.equals(other.entity) && attribute.equals(other.attribute);
    }

    @Override
    public String toString() {
        return text();
    }
}

package org.copydesk.factcheck.control;

/**
 * A proper name found in the article.
 *
 * @param written    as written, possessive removed ("Yann LeCun", "Scale AI")
 * @param key        entity key: a person's surname, an organisation's full name, slugged ("lecun", "scale-ai")
 * @param possessive written with 's ("Meta’s")
 */
record Name(int start, int end, String written, String key, Type type, boolean possessive) {

    enum Type { PERSON, ORGANISATION, UNKNOWN }

    boolean isPerson() {
        return type == Type.PERSON;
    }

    /** Organisations and names of unknown type can own money, staff and shares; people cannot. */
    boolean canBeOrganisation() {
        return type != Type.PERSON;
    }

    boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}

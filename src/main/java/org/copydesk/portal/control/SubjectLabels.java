package org.copydesk.portal.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A claim's subject key ({@code entity|attribute:target|facet}, spelled for machines so that languages meet) as a
 * person reads it: "Varojgath Motors — layoffs (count)", "Lyon — year".
 */
public final class SubjectLabels {

    private SubjectLabels() {
    }

    public static String readable(String subjectKey) {
        if (subjectKey == null || subjectKey.isBlank()) {
            return "";
        }
        String[] parts = subjectKey.split("\\|", -1);
        StringBuilder label = new StringBuilder(name(parts[0]));
        String attribute = parts.length > 1 ? words(parts[1]) : "";
        String facet = parts.length > 2 ? words(parts[2]) : "";
        if (!attribute.isEmpty()) {
            label.append(" — ").append(attribute);
            if (!facet.isEmpty()) {
                label.append(" (").append(facet).append(')');
            }
        } else if (!facet.isEmpty()) {
            label.append(" — ").append(facet);
        }
        return label.toString();
    }

    /** "varojgath-motors" → "Varojgath Motors"; initials and acronyms stay as the key has them, capitalised. */
    private static String name(String entity) {
        return Arrays.stream(entity.split("[-_ ]+")).filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
                .collect(Collectors.joining(" "));
    }

    /** "role:chief-executive-officer" → "role: chief executive officer". */
    private static String words(String part) {
        return part.replace(":", ": ").replace('-', ' ').replace('_', ' ').strip();
    }
}

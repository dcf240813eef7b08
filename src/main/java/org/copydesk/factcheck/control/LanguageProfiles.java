package org.copydesk.factcheck.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The language profiles known to an extractor, by ISO 639-1 code. */
public final class LanguageProfiles {

    private final Map<String, LanguageProfile> byLanguage = new HashMap<>();

    private LanguageProfiles(List<LanguageProfile> profiles) {
        profiles.forEach(p -> byLanguage.put(p.language(), p));
    }

    /** English, French and German. */
    public static LanguageProfiles builtIn() {
        return of(List.of(new EnglishProfile(), new FrenchProfile(), new GermanProfile()));
    }

    public static LanguageProfiles of(List<LanguageProfile> profiles) {
        return new LanguageProfiles(profiles);
    }

    /** A copy that also knows {@code profile}, replacing any profile for the same language. */
    public LanguageProfiles with(LanguageProfile profile) {
        LanguageProfiles copy = new LanguageProfiles(List.copyOf(byLanguage.values()));
        copy.byLanguage.put(profile.language(), profile);
        return copy;
    }

    public Optional<LanguageProfile> find(String language) {
        if (language == null) {
            return Optional.empty();
        }
        String code = language.trim().toLowerCase(java.util.Locale.ROOT);
        int dash = code.indexOf('-');
        return Optional.ofNullable(byLanguage.get(dash > 0 ? code.substring(0, dash) : code));
    }
}

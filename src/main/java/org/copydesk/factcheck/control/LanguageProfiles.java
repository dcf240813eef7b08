package org.copydesk.factcheck.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The language profiles known to an extractor, by ISO 639-1 code. */
public final class LanguageProfiles {

    static final List<String> BUILT_IN = List.of("en", "fr", "de", "es", "it");

    private final Map<String, LanguageProfile> byLanguage = new HashMap<>();

    private LanguageProfiles(List<LanguageProfile> profiles) {
        profiles.forEach(p -> byLanguage.put(p.language(), p));
    }

    /** The languages with a lexicon shipped: English, French, German, Spanish and Italian. */
    public static LanguageProfiles builtIn() {
        return of(BUILT_IN.stream().map(LexiconProfile::load).map(LanguageProfile.class::cast).toList());
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

package org.copydesk.factcheck.control;

import static org.copydesk.platform.JsonDocuments.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A language profile read from its lexicon, {@code /factcheck/lexicons/<code>.json}: one JSON object whose members
 * are named after the methods of {@link LanguageProfile}. A new language is a new lexicon file, not new code.
 */
public final class LexiconProfile implements LanguageProfile {

    private final JsonObject lexicon;
    private final Map<Attribute, List<String>> attributeCues;

    private LexiconProfile(JsonObject lexicon) {
        this.lexicon = lexicon;
        Map<Attribute, List<String>> cues = new EnumMap<>(Attribute.class);
        lexicon.getJsonObject("attributeCues").forEach((name, words) ->
                cues.put(Attribute.valueOf(name), strings(words.asJsonArray())));
        this.attributeCues = Map.copyOf(cues);
    }

    /** The profile of the lexicon shipped for this ISO 639-1 code. */
    public static LexiconProfile load(String language) {
        String resource = "/factcheck/lexicons/" + language + ".json";
        try (InputStream in = LexiconProfile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No lexicon " + resource);
            }
            try (JsonReader reader = JSON.createReader(in)) {
                return new LexiconProfile(reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    @Override
    public String language() {
        return lexicon.getString("language");
    }

    @Override
    public char decimalMark() {
        return lexicon.getString("decimalMark").charAt(0);
    }

    @Override
    public String groupingMarks() {
        return lexicon.getString("groupingMarks");
    }

    @Override
    public Map<String, BigDecimal> scaleWords() {
        return map("scaleWords", value -> new BigDecimal(((JsonString) value).getString()));
    }

    @Override
    public Map<String, String> currencyWords() {
        return map("currencyWords", LexiconProfile::text);
    }

    @Override
    public List<String> percentWords() {
        return list("percentWords");
    }

    @Override
    public List<String> approximators() {
        return list("approximators");
    }

    @Override
    public Map<String, String> countNouns() {
        return map("countNouns", LexiconProfile::text);
    }

    @Override
    public Map<String, String> measureNouns() {
        return lexicon.containsKey("measureNouns") ? map("measureNouns", LexiconProfile::text) : Map.of();
    }

    @Override
    public Map<String, Integer> monthNames() {
        return map("monthNames", value -> Integer.valueOf(value.toString()));
    }

    @Override
    public List<String> dateForms() {
        return list("dateForms");
    }

    @Override
    public List<String> ageForms() {
        return list("ageForms");
    }

    @Override
    public Map<String, Integer> ordinalWords() {
        return map("ordinalWords", value -> Integer.valueOf(value.toString()));
    }

    @Override
    public String numericOrdinal() {
        return lexicon.getString("numericOrdinal");
    }

    @Override
    public List<String> rankingForms() {
        return list("rankingForms");
    }

    @Override
    public Map<String, String> superlatives() {
        return map("superlatives", LexiconProfile::text);
    }

    @Override
    public Map<String, List<String>> roles() {
        return map("roles", value -> strings(value.asJsonArray()));
    }

    @Override
    public List<String> awardForms() {
        return list("awardForms");
    }

    @Override
    public Map<Attribute, List<String>> attributeCues() {
        return attributeCues;
    }

    @Override
    public Map<String, String> unitQualifiers() {
        return map("unitQualifiers", LexiconProfile::text);
    }

    @Override
    public List<String> speechCues() {
        return list("speechCues");
    }

    @Override
    public List<String> personPronouns() {
        return list("personPronouns");
    }

    @Override
    public List<String> functionWords() {
        return list("functionWords");
    }

    @Override
    public List<String> coActorWords() {
        return list("coActorWords");
    }

    @Override
    public List<String> conjunctions() {
        return list("conjunctions");
    }

    @Override
    public List<String> passiveMarkers() {
        return list("passiveMarkers");
    }

    @Override
    public List<String> agentWords() {
        return list("agentWords");
    }

    @Override
    public List<String> articles() {
        return list("articles");
    }

    @Override
    public boolean capitalisesNouns() {
        return lexicon.getBoolean("capitalisesNouns", false);
    }

    @Override
    public List<String> abbreviations() {
        return list("abbreviations");
    }

    @Override
    public Map<String, Integer> weekdays() {
        return map("weekdays", value -> Integer.valueOf(value.toString()));
    }

    @Override
    public Map<String, BigDecimal> numberWords() {
        return map("numberWords", value -> new BigDecimal(value.toString()));
    }

    @Override
    public Map<String, BigDecimal> durationUnits() {
        return map("durationUnits", value -> new BigDecimal(value.toString()));
    }

    @Override
    public List<String> updateCues() {
        return list("updateCues");
    }

    @Override
    public List<String> formerWords() {
        return list("formerWords");
    }

    @Override
    public List<String> roleHeads() {
        return list("roleHeads");
    }

    @Override
    public Map<String, BigDecimal> pointWords() {
        return map("pointWords", value -> new BigDecimal(value.toString()));
    }

    @Override
    public Map<String, BigDecimal> pointPhrases() {
        return map("pointPhrases", value -> new BigDecimal(value.toString()));
    }

    @Override
    public List<String> honorifics() {
        return list("honorifics");
    }

    @Override
    public List<String> futureWords() {
        return list("futureWords");
    }

    @Override
    public List<String> notInTitles() {
        return list("notInTitles");
    }

    @Override
    public List<String> partitives() {
        return list("partitives");
    }

    @Override
    public Map<String, String> scopeCues() {
        return map("scopeCues", LexiconProfile::text);
    }

    private List<String> list(String name) {
        JsonArray array = lexicon.getJsonArray(name);
        return array == null ? List.of() : strings(array);
    }

    private <V> Map<String, V> map(String name, Function<JsonValue, V> value) {
        JsonObject object = lexicon.getJsonObject(name);
        if (object == null) {
            return Map.of();
        }
        Map<String, V> map = new LinkedHashMap<>();
        object.forEach((key, entry) -> map.put(key, value.apply(entry)));
        return map;
    }

    private static String text(JsonValue value) {
        return ((JsonString) value).getString();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}

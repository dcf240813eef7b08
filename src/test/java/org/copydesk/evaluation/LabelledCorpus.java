package org.copydesk.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder of invented stories with their answer key: one sub-folder per story holding its articles
 * ({@code aN_<lang>.txt} or {@code .html}) and a {@code key.json} naming the furniture, injections, splices,
 * repeated bodies, near-duplicates, languages and the facts each article states.
 */
public record LabelledCorpus(Path root, List<Article> articles, List<Fact> facts) {

    /** One article of the key; {@code name} is "story/file", unique in the corpus. */
    public record Article(String story, String file, Path path, String language, boolean html,
                          List<String> furniture, List<String> injections, List<String> splices,
                          boolean repeatedBody, String nearDuplicateOf) {

        public String name() {
            return story + "/" + file;
        }

        public String text() {
            try {
                return Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A fact as each article states it, and whether the articles agree, contradict, update or differ in scope. */
    public record Fact(String story, String id, String about, String kind, String verdict,
                       Map<String, Statement> statements) {

        public String name() {
            return story + " " + id + " (" + about + ")";
        }
    }

    /** One article's phrase for a fact and its normalised value. */
    public record Statement(String file, String text, JsonNode value, String unit, boolean hedged) {
    }

    public static LabelledCorpus read(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("Not a folder: " + root);
        }
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                Path keyFile = folder.resolve("key.json");
                if (!Files.exists(keyFile)) {
                    continue;
                }
                JsonNode key = json.readTree(keyFile.toFile());
                String story = key.path("story").asText(folder.getFileName().toString());
                for (Iterator<Map.Entry<String, JsonNode>> it = key.path("articles").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    JsonNode a = entry.getValue();
                    String format = a.path("format").asText(entry.getKey().endsWith(".html") ? "html" : "text");
                    articles.add(new Article(story, entry.getKey(), folder.resolve(entry.getKey()),
                            a.path("language").asText(), "html".equals(format), strings(a.path("furniture")),
                            strings(a.path("injections")), strings(a.path("splices")),
                            a.path("repeated_body").asBoolean(false),
                            a.path("near_duplicate_of").isTextual() ? a.path("near_duplicate_of").asText() : null));
                }
                for (JsonNode f : key.path("facts")) {
                    Map<String, Statement> statements = new LinkedHashMap<>();
                    for (Iterator<Map.Entry<String, JsonNode>> it = f.path("values").fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> entry = it.next();
                        JsonNode v = entry.getValue();
                        statements.put(entry.getKey(), new Statement(entry.getKey(), v.path("text").asText(),
                                v.path("value"), v.path("unit").isTextual() ? v.path("unit").asText() : null,
                                v.path("hedged").asBoolean(false)));
                    }
                    facts.add(new Fact(story, f.path("id").asText(), f.path("about").asText(),
                            f.path("kind").asText(), f.path("verdict").asText(), statements));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the corpus in " + root, e);
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("No story folder with a key.json in " + root);
        }
        return new LabelledCorpus(root, List.copyOf(articles), List.copyOf(facts));
    }

    public Article article(String story, String file) {
        return articles.stream().filter(a -> a.story().equals(story) && a.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No article " + story + "/" + file + " in the key"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(node -> list.add(node.asText()));
        return list;
    }
}

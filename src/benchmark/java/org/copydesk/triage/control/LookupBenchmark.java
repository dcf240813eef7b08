package org.copydesk.triage.control;

import static org.copydesk.benchmark.CopyRows.bytea;
import static org.copydesk.benchmark.Timings.median;
import static org.copydesk.benchmark.Timings.millis;
import static org.copydesk.benchmark.Timings.p90;

import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.copydesk.benchmark.BatchWriter;
import org.copydesk.benchmark.CopyRows;
import org.copydesk.it.StandalonePersistence;
import org.copydesk.ingest.control.ContentFingerprint;
import org.copydesk.ingest.entity.Article;
import org.copydesk.triage.entity.NearDuplicateSignature;
import org.copydesk.triage.entity.Paragraph;
import org.copydesk.triage.entity.Story;
import org.copydesk.triage.entity.StoryFingerprint;
import org.copydesk.triage.entity.TriageReport;
import org.hibernate.SessionFactory;
import org.postgresql.copy.CopyManager;

/**
 * Duplicate and story lookups with many articles stored (100,000 unless told otherwise): median and p90 of
 * {@link DuplicateFinder#earlierCopyOf} and {@link StoryClusterer#place} for probe articles, half of them about a
 * stored event, each in a transaction that is rolled back, so every probe sees the same database. The baseline,
 * measured in the same run between the probes, is the primary-key read of one stored article through the same
 * EntityManager.
 *
 * <p>A main class, not a test, so the build never fails on a busy machine (the README has the command). It drops
 * and creates its own PostgreSQL database, migrates it with the application's migrations and bulk-loads a
 * {@link SyntheticNewsroom} whose signatures and fingerprints come from the triage code. A lookup that is fast
 * because it finds nothing proves nothing: every probe is also compared with every stored article in memory, and
 * the benchmark exits with status 1 when the lookups miss what that exhaustive comparison finds.
 *
 * <p>Arguments: the number of articles (100000) and of measured probes (200). System properties:
 * {@code lookup.db.server} ({@code jdbc:postgresql://127.0.0.1:5432/}), {@code lookup.db.name}
 * ({@code copydesk_lookup_benchmark}), {@code lookup.db.user} ({@code postgres}), {@code lookup.db.password}
 * (empty), and {@code lookup.reuse=true} to keep a database an earlier run loaded with the same arguments
 * (migrations still run, so a new index can be measured without loading again).
 */
public final class LookupBenchmark {

    /** The requirement for both lookups. */
    private static final double REQUIRED_MEDIAN_MILLIS = 50;
    private static final double REQUIRED_FIND_RATE = 0.95;
    /** A story key that more than this share of the stored articles carries links nothing by itself. */
    private static final double COMMON_KEY_SHARE = 0.01;
    private static final long SEED = 20_250_101L;
    private static final int WARM_UP = 50;
    private static final int EVENTS_PER_BATCH = 500;
    private static final Instant FIRST_EVENT = Instant.parse("2023-01-01T06:00:00Z");
    private static final Duration NEWS_SPAN = Duration.ofDays(3 * 365);
    private static final String[] STATES = {"PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED",
        "PUBLISHED", "REJECTED", "REJECTED", "FACT_CHECK", "TRIAGE"};
    private static final String[] DESKS = {"BUSINESS", "POLITICS", "WORLD", "SPORTS", "SCIENCE", "GENERAL"};
    private static final ParagraphSplitter SPLITTER = new ParagraphSplitter();
    private static final StoryFingerprinter FINGERPRINTER = new StoryFingerprinter();

    private LookupBenchmark() {
    }

    enum ProbeKind {
        /** A new article about a stored event: should join the event's story. */
        RETELLING,
        /** A wire update of a stored article: should be found as a near-duplicate, and join the story. */
        UPDATE,
        /** An article about an event nothing stored is about. */
        NEW_EVENT
    }

    /** A probe article with what the triage computed of it and what an exhaustive comparison says it should find. */
    record Probe(ProbeKind kind, int event, SyntheticNewsroom.Article article, NearDuplicateSignature signature,
            StoryFingerprint fingerprint, Links linkable, boolean hasCopy) {
    }

    /**
     * The stories of the stored articles a fingerprint is the same story as, and among them those it shares a
     * distinctive key with: one that at most {@link #COMMON_KEY_SHARE} of the stored articles carry.
     */
    record Links(Set<UUID> stories, Set<UUID> throughDistinctiveKey) {
    }

    record Measurement(Probe probe, long duplicateNanos, long storyNanos, long baselineNanos,
            Optional<DuplicateFinder.Match> copy, Set<UUID> linkedStories, boolean newStory) {
    }

    /** What the benchmark keeps of each stored article to know what the lookups should find. */
    static final class Stored {
        final int events;
        final int[] firstArticleOfEvent;
        final UUID[] ids;
        final int[] eventOf;
        final StoryFingerprint[] fingerprints;
        final int[][] minHashes;
        final String[] sha256;
        long storyKeys;
        long bandKeys;
        Map<String, int[]> articlesByKey;

        Stored(int events, int[] firstArticleOfEvent, int articles) {
            this.events = events;
            this.firstArticleOfEvent = firstArticleOfEvent;
            this.ids = new UUID[articles];
            this.eventOf = new int[articles];
            this.fingerprints = new StoryFingerprint[articles];
            this.minHashes = new int[articles][];
            this.sha256 = new String[articles];
        }

        int articles() {
            return ids.length;
        }

        int articlesOf(int event) {
            return firstArticleOfEvent[event + 1] - firstArticleOfEvent[event];
        }
    }

    /** A stored article as generated, with what the triage computes of its text. */
    record Generated(int index, int event, int number, SyntheticNewsroom.Article article, String workingText,
            NearDuplicateSignature signature, StoryFingerprint fingerprint) {
    }

    public static void main(String[] args) throws Exception {
        StandalonePersistence.quietLogging();
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String server = System.getProperty("lookup.db.server", "jdbc:postgresql://127.0.0.1:5432/");
        String name = System.getProperty("lookup.db.name", "copydesk_lookup_benchmark");
        String user = System.getProperty("lookup.db.user", "postgres");
        String password = System.getProperty("lookup.db.password", "");
        String url = server + name;

        SyntheticNewsroom newsroom = new SyntheticNewsroom(SEED);
        Stored stored = plan(newsroom, articles);
        boolean reuse = Boolean.getBoolean("lookup.reuse")
                && StandalonePersistence.rowCount(url, user, password, "article") == articles;
        if (!reuse) {
            StandalonePersistence.recreateDatabase(server + "postgres", name, user, password);
        }
        StandalonePersistence.migrate(url, user, password);
        long loadStart = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            generate(newsroom, stored, reuse ? null : connection);
            if (!reuse) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    // the visibility map and statistics autovacuum would give a table that has been in use
                    statement.execute("vacuum analyze");
                }
            }
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        System.out.printf(Locale.ROOT, "%s %d articles about %d events (%d story keys, %d band keys) in %.0f s%n",
                reuse ? "regenerated (database reused)" : "loaded", stored.articles(), stored.events,
                stored.storyKeys, stored.bandKeys, loadSeconds);

        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        System.out.printf(Locale.ROOT, "ArticleAnalyzer computes the stored signature and fingerprint for %d of 200"
                + " sampled stored articles (the others lose a sentence to its detectors)%n",
                agreement(newsroom, stored, analyzer, 200));
        indexByKey(stored);
        List<Probe> probes = probes(newsroom, stored, analyzer, WARM_UP + measured);

        List<Measurement> measurements = new ArrayList<>();
        try (SessionFactory sessionFactory = StandalonePersistence.sessionFactory(url, user, password)) {
            EntityManager em = sessionFactory.createEntityManager();
            DuplicateFinder duplicates = new DuplicateFinder();
            duplicates.em = em;
            StoryClusterer stories = new StoryClusterer();
            stories.em = em;
            Random baselineArticles = new Random(SEED);
            for (int i = 0; i < probes.size(); i++) {
                Measurement measurement = measure(em, duplicates, stories, probes.get(i),
                        stored.ids[baselineArticles.nextInt(stored.articles())]);
                if (i >= WARM_UP) {
                    measurements.add(measurement);
                }
            }
            em.close();
        }
        System.exit(report(stored, measurements) ? 0 : 1);
    }

    /** Which event each stored article tells: events of one to ten articles, in order, until there are enough. */
    private static Stored plan(SyntheticNewsroom newsroom, int articles) {
        List<Integer> firsts = new ArrayList<>();
        int total = 0;
        for (int event = 0; total < articles; event++) {
            firsts.add(total);
            total = Math.min(articles, total + newsroom.articlesOf(event));
        }
        firsts.add(total);
        return new Stored(firsts.size() - 1, firsts.stream().mapToInt(Integer::intValue).toArray(), articles);
    }

    /**
     * Generates every stored article, computes its signature and fingerprint, and with a connection writes them
     * with COPY, one batch of events being written while the next is generated.
     */
    private static void generate(SyntheticNewsroom newsroom, Stored stored, Connection connection) throws Exception {
        try (BatchWriter writer = connection == null ? null : new BatchWriter(connection)) {
            for (int from = 0; from < stored.events; from += EVENTS_PER_BATCH) {
                int to = Math.min(stored.events, from + EVENTS_PER_BATCH);
                List<List<Generated>> batch = IntStream.range(from, to).parallel()
                        .mapToObj(event -> generate(newsroom, stored, event)).toList();
                for (List<Generated> event : batch) {
                    for (Generated article : event) {
                        keep(stored, article);
                    }
                }
                if (writer != null) {
                    writer.write(copy -> write(copy, stored, batch));
                }
            }
            if (writer != null) {
                writer.write(copy -> {
                    CopyRows frequencies = new CopyRows();
                    keyFrequencies(stored).forEach((key, count) -> frequencies.row(key, count));
                    frequencies.copyInto(copy, "story_key_frequency (story_key, articles)");
                });
            }
        }
    }

    private static List<Generated> generate(SyntheticNewsroom newsroom, Stored stored, int event) {
        List<SyntheticNewsroom.Article> told = newsroom.told(newsroom.event(event), stored.articlesOf(event));
        List<Generated> generated = new ArrayList<>();
        for (int number = 0; number < told.size(); number++) {
            SyntheticNewsroom.Article article = told.get(number);
            List<Paragraph> paragraphs = SPLITTER.split(article.text());
            String workingText = WorkingText.rebuild(article.text(), paragraphs, List.of());
            generated.add(new Generated(stored.firstArticleOfEvent[event] + number, event, number, article,
                    workingText, MinHash.sign(workingText), FINGERPRINTER.fingerprint(paragraphs)));
        }
        return generated;
    }

    private static void keep(Stored stored, Generated article) {
        int index = article.index();
        stored.ids[index] = UUID.nameUUIDFromBytes(("article " + index).getBytes(StandardCharsets.UTF_8));
        stored.eventOf[index] = article.event();
        Map<String, Double> keys = new HashMap<>();
        article.fingerprint().keys().forEach((key, weight) -> keys.put(key.intern(), weight));
        stored.fingerprints[index] = new StoryFingerprint(keys);
        stored.minHashes[index] = article.signature().minHash();
        stored.sha256[index] = article.signature().contentSha256();
        stored.storyKeys += keys.size();
        stored.bandKeys += MinHash.BANDS;
    }

    static UUID storyOf(int event) {
        return UUID.nameUUIDFromBytes(("story " + event).getBytes(StandardCharsets.UTF_8));
    }

    private static Instant receivedAt(Stored stored, int event, int number) {
        long step = NEWS_SPAN.toSeconds() / stored.events;
        return FIRST_EVENT.plusSeconds(event * step + number * 2_400L);
    }

    /** The rows automatic triage would have left for these articles, in the order the foreign keys need. */
    private static void write(CopyManager copy, Stored stored, List<List<Generated>> batch) throws Exception {
        CopyRows stories = new CopyRows();
        CopyRows articles = new CopyRows();
        CopyRows signatures = new CopyRows();
        CopyRows bands = new CopyRows();
        CopyRows keys = new CopyRows();
        for (List<Generated> event : batch) {
            Generated first = event.get(0);
            Instant created = receivedAt(stored, first.event(), 0);
            Instant updated = receivedAt(stored, first.event(), event.size() - 1);
            UUID story = storyOf(first.event());
            stories.row(story, first.article().title(), created, updated);
            for (Generated generated : event) {
                UUID id = stored.ids[generated.index()];
                SyntheticNewsroom.Article article = generated.article();
                Instant received = receivedAt(stored, generated.event(), generated.number());
                Random random = new Random(generated.index());
                articles.row(id, article.title(), article.source(), null, article.language(), "text/plain",
                        bytea(article.text().getBytes(StandardCharsets.UTF_8)), generated.workingText(),
                        ContentFingerprint.of(article.title(), article.text()), received,
                        received.plusSeconds(3_600 + random.nextInt(86_400)), STATES[random.nextInt(STATES.length)],
                        UUID.randomUUID(), 4, story, "NORMAL", DESKS[random.nextInt(DESKS.length)],
                        "desk lexicon", article.text());
                NearDuplicateSignature signature = generated.signature();
                signatures.row(id, signature.contentSha256(), bytea(minHashBytes(signature.minHash())));
                for (long band : signature.bandKeys()) {
                    bands.row(band, id);
                }
                generated.fingerprint().keys().forEach((key, weight) -> keys.row(key, id, weight));
            }
        }
        stories.copyInto(copy, "story (id, title, created_at, updated_at)");
        articles.copyInto(copy, "article (id, title, source, url, language, media_type, original_content,"
                + " working_text, content_hash, received_at, updated_at, state, process_instance_id, version,"
                + " story_id, priority, desk, routing_reasons, original_text)");
        signatures.copyInto(copy, "article_signature (article_id, content_sha256, min_hash)");
        bands.copyInto(copy, "article_band (band_key, article_id)");
        keys.copyInto(copy, "story_key (story_key, article_id, weight)");
    }

    /** As DuplicateFinder stores a MinHash signature. */
    private static byte[] minHashBytes(int[] minHash) {
        ByteBuffer buffer = ByteBuffer.allocate(minHash.length * Integer.BYTES);
        buffer.asIntBuffer().put(minHash);
        return buffer.array();
    }

    /** How many sampled stored articles ArticleAnalyzer, as AutomaticTriage runs it, would have stored the same. */
    private static int agreement(SyntheticNewsroom newsroom, Stored stored, ArticleAnalyzer analyzer, int sample) {
        Random random = new Random(SEED);
        int same = 0;
        for (int i = 0; i < sample; i++) {
            int event = random.nextInt(stored.events);
            int number = random.nextInt(stored.articlesOf(event));
            SyntheticNewsroom.Article article = newsroom.told(newsroom.event(event), number + 1).get(number);
            TriageReport report = analyzer.analyze(article.text(), ArticleAnalyzer.TEXT_PLAIN);
            int index = stored.firstArticleOfEvent[event] + number;
            if (report.story().equals(stored.fingerprints[index])
                    && Arrays.equals(report.signature().minHash(), stored.minHashes[index])) {
                same++;
            }
        }
        return same;
    }

    /** How many stored articles carry each story key. */
    private static Map<String, Integer> keyFrequencies(Stored stored) {
        Map<String, Integer> counts = new HashMap<>();
        for (StoryFingerprint fingerprint : stored.fingerprints) {
            fingerprint.keys().keySet().forEach(key -> counts.merge(key, 1, Integer::sum));
        }
        return counts;
    }

    private static void indexByKey(Stored stored) {
        Map<String, int[]> articlesByKey = new HashMap<>();
        keyFrequencies(stored).forEach((key, count) -> articlesByKey.put(key, new int[count]));
        Map<String, Integer> filled = new HashMap<>();
        for (int i = 0; i < stored.articles(); i++) {
            for (String key : stored.fingerprints[i].keys().keySet()) {
                int position = filled.merge(key, 1, Integer::sum) - 1;
                articlesByKey.get(key)[position] = i;
            }
        }
        stored.articlesByKey = articlesByKey;
    }

    /**
     * Probes in the order they run: every other one about a stored event (alternately a retelling and a wire
     * update of one of its articles), the others about new events; analysed as AutomaticTriage analyses them.
     */
    private static List<Probe> probes(SyntheticNewsroom newsroom, Stored stored, ArticleAnalyzer analyzer,
            int count) {
        return IntStream.range(0, count).parallel().mapToObj(p -> {
            Random random = new Random(SEED + p);
            ProbeKind kind = p % 2 == 1 ? ProbeKind.NEW_EVENT : p % 4 == 0 ? ProbeKind.RETELLING : ProbeKind.UPDATE;
            int event = kind == ProbeKind.NEW_EVENT ? stored.events + p : random.nextInt(stored.events);
            SyntheticNewsroom.Event about = newsroom.event(event);
            SyntheticNewsroom.Article article;
            if (kind == ProbeKind.UPDATE) {
                int number = random.nextInt(stored.articlesOf(event));
                article = newsroom.update(about, newsroom.told(about, number + 1).get(number), 3_000 + p);
            } else {
                article = newsroom.article(about, 500 + p);
            }
            TriageReport report = analyzer.analyze(article.text(), ArticleAnalyzer.TEXT_PLAIN);
            return new Probe(kind, event, article, report.signature(), report.story(),
                    linkable(stored, report.story()), hasCopy(stored, report.signature()));
        }).toList();
    }

    /** What place() could link: the stories of every stored article the fingerprint is the same story as. */
    private static Links linkable(Stored stored, StoryFingerprint fingerprint) {
        long common = Math.round(COMMON_KEY_SHARE * stored.articles());
        Set<Integer> compared = new HashSet<>();
        Set<UUID> stories = new HashSet<>();
        Set<UUID> throughDistinctiveKey = new HashSet<>();
        for (String key : fingerprint.keys().keySet()) {
            for (int article : stored.articlesByKey.getOrDefault(key, new int[0])) {
                StoryFingerprint other = stored.fingerprints[article];
                if (compared.add(article) && fingerprint.sameStoryAs(other)) {
                    UUID story = storyOf(stored.eventOf[article]);
                    stories.add(story);
                    if (other.keys().keySet().stream().filter(fingerprint.keys()::containsKey)
                            .anyMatch(shared -> stored.articlesByKey.get(shared).length <= common)) {
                        throughDistinctiveKey.add(story);
                    }
                }
            }
        }
        return new Links(stories, throughDistinctiveKey);
    }

    private static boolean hasCopy(Stored stored, NearDuplicateSignature signature) {
        int[] minHash = signature.minHash();
        for (int i = 0; i < stored.articles(); i++) {
            if (stored.sha256[i].equals(signature.contentSha256())
                    || MinHash.similarity(minHash, stored.minHashes[i]) >= DuplicateFinder.NEAR_DUPLICATE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Both lookups for one probe, in one transaction that is rolled back; then, in another, the baseline. The
     * probe article is stored first, unmeasured: the story keys place() stores refer to it.
     */
    private static Measurement measure(EntityManager em, DuplicateFinder duplicates, StoryClusterer stories,
            Probe probe, UUID baselineArticle) {
        SyntheticNewsroom.Article text = probe.article();
        Instant now = Instant.now();
        em.getTransaction().begin();
        long duplicateNanos;
        long storyNanos;
        Optional<DuplicateFinder.Match> copy;
        Set<UUID> linked = new HashSet<>();
        boolean newStory;
        try {
            Article article = new Article(text.title(), "lookup-probe", null, text.language(), "text/plain",
                    text.text().getBytes(StandardCharsets.UTF_8), text.text(),
                    ContentFingerprint.of(text.title(), text.text()), now);
            em.persist(article);
            em.flush();

            long start = System.nanoTime();
            copy = duplicates.earlierCopyOf(article.getId(), probe.signature());
            duplicateNanos = System.nanoTime() - start;

            start = System.nanoTime();
            Story story = stories.place(article, probe.fingerprint(), now);
            em.flush();
            storyNanos = System.nanoTime() - start;

            newStory = story.getCreatedAt().equals(now);
            if (!newStory) {
                linked.add(story.getId());
            }
            Set<UUID> linkable = probe.linkable().stories();
            if (!linkable.isEmpty()) {
                // a story place() linked besides the one it returned was merged into it, so it is gone
                List<UUID> remaining = em.createQuery("select s.id from Story s where s.id in :ids", UUID.class)
                        .setParameter("ids", linkable).getResultList();
                linkable.stream().filter(id -> !remaining.contains(id)).forEach(linked::add);
            }
        } finally {
            em.getTransaction().rollback();
            em.clear();
        }

        long baselineNanos = StandalonePersistence.timedFind(em, Article.class, baselineArticle);
        return new Measurement(probe, duplicateNanos, storyNanos, baselineNanos, copy, linked, newStory);
    }

    /** Prints the figures; false when the lookups missed too much of what they should find. */
    private static boolean report(Stored stored, List<Measurement> measurements) {
        long[] duplicate = measurements.stream().mapToLong(Measurement::duplicateNanos).sorted().toArray();
        long[] story = measurements.stream().mapToLong(Measurement::storyNanos).sorted().toArray();
        long[] baseline = measurements.stream().mapToLong(Measurement::baselineNanos).sorted().toArray();
        int n = measurements.size();
        long about = measurements.stream().filter(m -> m.probe().kind() != ProbeKind.NEW_EVENT).count();
        long updates = measurements.stream().filter(m -> m.probe().kind() == ProbeKind.UPDATE).count();
        System.out.printf(Locale.ROOT, "%d probes after %d warm-up: %d about a stored event (%d of them wire updates"
                + " of a stored article), %d about new events; each rolled back%n", n, WARM_UP, about, updates,
                n - about);
        printTimes("duplicate lookup (DuplicateFinder.earlierCopyOf)", duplicate);
        printTimes("story lookup (StoryClusterer.place, flushed)", story);
        printTimes("baseline (EntityManager.find of one article by id)", baseline);
        System.out.printf(Locale.ROOT, "ratio to baseline (median): duplicate %.1f, story %.1f%n",
                (double) median(duplicate) / median(baseline), (double) median(story) / median(baseline));

        long eventStories = measurements.stream().filter(m -> m.probe().kind() != ProbeKind.NEW_EVENT)
                .filter(m -> m.linkedStories().contains(storyOf(m.probe().event()))).count();
        long distinctive = measurements.stream()
                .mapToLong(m -> m.probe().linkable().throughDistinctiveKey().size()).sum();
        long distinctiveLinked = measurements.stream().mapToLong(m -> m.linkedStories().stream()
                .filter(m.probe().linkable().throughDistinctiveKey()::contains).count()).sum();
        long commonOnly = measurements.stream().mapToLong(m -> m.probe().linkable().stories().size()).sum()
                - distinctive;
        long commonOnlyLinked = measurements.stream().mapToLong(m -> m.linkedStories().stream()
                .filter(m.probe().linkable().stories()::contains)
                .filter(id -> !m.probe().linkable().throughDistinctiveKey().contains(id)).count()).sum();
        long newJoined = measurements.stream().filter(m -> m.probe().kind() == ProbeKind.NEW_EVENT)
                .filter(m -> !m.newStory()).count();
        long withCopy = measurements.stream().filter(m -> m.probe().hasCopy()).count();
        long copiesFound = measurements.stream().filter(m -> m.probe().hasCopy() && m.copy().isPresent()).count();
        long updatesFound = measurements.stream().filter(m -> m.probe().kind() == ProbeKind.UPDATE)
                .filter(m -> m.copy().isPresent()).count();
        double storyRate = distinctive == 0 ? 0 : (double) distinctiveLinked / distinctive;
        double copyRate = withCopy == 0 ? 0 : (double) copiesFound / withCopy;
        System.out.printf(Locale.ROOT, "found: the event's story for %d of %d probes about a stored event;"
                + " the earlier copy for %d of %d wire updates; %d of %d new events joined an existing story%n",
                eventStories, about, updatesFound, updates, newJoined, n - about);
        System.out.printf(Locale.ROOT, "against a comparison with every stored article: earlierCopyOf found %d of"
                + " %d copies (%.1f%%); place() linked %d of %d stories sharing a key at most %.0f%% of the articles"
                + " carry (%.1f%%), and %d of %d linked only through keys more carry (years, weekdays, capitals)%n",
                copiesFound, withCopy, 100 * copyRate, distinctiveLinked, distinctive, 100 * COMMON_KEY_SHARE,
                100 * storyRate, commonOnlyLinked, commonOnly);
        boolean fast = millis(median(duplicate)) <= REQUIRED_MEDIAN_MILLIS
                && millis(median(story)) <= REQUIRED_MEDIAN_MILLIS;
        System.out.printf(Locale.ROOT, "requirement (median <= %.0f ms with %d articles): %s%n",
                REQUIRED_MEDIAN_MILLIS, stored.articles(), fast ? "met" : "NOT met");
        boolean finds = storyRate >= REQUIRED_FIND_RATE && copyRate >= REQUIRED_FIND_RATE
                && eventStories >= REQUIRED_FIND_RATE * about;
        if (!finds) {
            System.out.printf(Locale.ROOT, "FAILED: the lookups find less than %.0f%% of what they should%n",
                    100 * REQUIRED_FIND_RATE);
        }
        return finds;
    }

    private static void printTimes(String what, long[] sorted) {
        System.out.printf(Locale.ROOT, "%s: median %.2f ms, p90 %.2f ms%n", what, millis(median(sorted)),
                millis(p90(sorted)));
    }
}

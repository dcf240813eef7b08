package org.copydesk.factcheck.control;

import static org.copydesk.benchmark.CopyRows.bytea;
import static org.copydesk.benchmark.Timings.median;
import static org.copydesk.benchmark.Timings.millis;
import static org.copydesk.benchmark.Timings.p90;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.copydesk.benchmark.BatchWriter;
import org.copydesk.benchmark.CopyRows;
import org.copydesk.it.StandalonePersistence;
import org.copydesk.factcheck.control.SyntheticClaims.StoredArticle;
import org.copydesk.factcheck.control.SyntheticClaims.StoredClaim;
import org.copydesk.factcheck.control.SyntheticClaims.Story;
import org.copydesk.factcheck.entity.ArticleClaim;
import org.copydesk.factcheck.entity.CalendarDate;
import org.copydesk.factcheck.entity.Claim;
import org.copydesk.factcheck.entity.ClaimStatus;
import org.copydesk.factcheck.entity.Label;
import org.copydesk.factcheck.entity.Quantity;
import org.copydesk.factcheck.entity.Quotation;
import org.copydesk.factcheck.entity.ReferenceFact;
import org.copydesk.factcheck.entity.Verdict;
import org.copydesk.ingest.control.ContentFingerprint;
import org.copydesk.ingest.entity.Article;
import org.copydesk.workflow.entity.ArticleState;
import org.hibernate.SessionFactory;
import org.postgresql.copy.CopyManager;

/**
 * The contradiction lookup with many claims stored (1,000,000 unless told otherwise): median and p90, for probe
 * articles after warm-up, of what {@link ClaimLinks#link} does before it writes anything, that is
 * {@link ClaimLinks#sameSubjectInStory}, {@link ClaimLinks#factsAbout} and the comparisons; then of
 * {@code link()} itself with its links flushed, in a transaction that is rolled back. The baseline, measured in the
 * same run between the probes, is the primary-key read of one stored claim through the same EntityManager.
 *
 * <p>A main class, not a test, so the build never fails on a busy machine (the README has the command). It drops
 * and creates its own PostgreSQL database, migrates it with the application's migrations and bulk-loads
 * {@link SyntheticClaims} with COPY: some 20,000 stories of 100,000 articles, and 10,000 reference facts promoted
 * from verified claims. A probe is a live article of a stored story, linked as if it entered fact-check again.
 *
 * <p>A lookup that is fast because it finds nothing proves nothing: each probe's story is regenerated in memory and
 * compared claim by claim, and the benchmark exits with status 1 when a probe does not find exactly the claims of
 * the story's other live articles and the reference facts under its subjects, with the same verdicts, and when the
 * plan of the story query, printed for the probe with the most claims stored under its subjects, scans the claim
 * table.
 *
 * <p>Arguments: the number of claims (1000000) and of measured probes (300). System properties:
 * {@code claims.db.server} ({@code jdbc:postgresql://127.0.0.1:5432/}), {@code claims.db.name}
 * ({@code copydesk_claim_benchmark}), {@code claims.db.user} ({@code postgres}), {@code claims.db.password}
 * (empty), and {@code claims.reuse=true} to keep a database an earlier run loaded with the same number of claims
 * (migrations still run, so a new index can be measured without loading again).
 */
public final class ContradictionLookupBenchmark {

    /** The requirement. */
    private static final double REQUIRED_MEDIAN_MILLIS = 20;
    private static final long SEED = 20_250_601L;
    private static final int WARM_UP = 50;
    /** Five articles of ten claims: how many stories a number of claims makes, to spread them over the years. */
    private static final int CLAIMS_PER_STORY = 50;
    private static final int STORIES_PER_BATCH = 400;
    private static final int REFERENCE_FACTS = 10_000;
    /** One lasting subject in this many becomes a reference fact, until there are enough. */
    private static final int PROMOTED_ONE_IN = 3;
    /** Subjects with at least this many claims stored count as common. */
    private static final int COMMON_SUBJECT = 1_000;
    private ContradictionLookupBenchmark() {
    }

    /** A reference fact as loaded; {@code claim} is the verified claim it was promoted from. */
    record PromotedFact(UUID id, String subject, Claim claim, UUID sourceClaimId, UUID sourceArticleId, String evidence,
            String promotedBy, Instant promotedAt) {
    }

    /** What the load leaves in memory: enough to choose probes and to know what they must find. */
    static final class Ledger {
        final List<Integer> liveArticles = new ArrayList<>();
        final List<Integer> principalRanks = new ArrayList<>();
        final Map<String, Integer> claimsBySubject = new HashMap<>();
        final Map<String, List<PromotedFact>> factsBySubject = new HashMap<>();
        final Set<String> promoted = new HashSet<>();
        int facts;
        long articles;
        long claims;
        long claimsWithSubject;

        int stories() {
            return liveArticles.size();
        }
    }

    /** Verdicts counted as link() counts them, and what was met. */
    record Tally(int storyContradictions, int storyAgreements, int factContradictions, int factAgreements,
            Set<UUID> claimsMet, Set<UUID> factsMet) {
    }

    record Probe(Story story, StoredArticle article, Tally expected, long storedUnderSubjects) {
    }

    record Measurement(Probe probe, long lookupNanos, long linkNanos, long baselineNanos, Tally found,
            ClaimLinks.Outcome linked) {
    }

    public static void main(String[] args) throws Exception {
        StandalonePersistence.quietLogging();
        int claims = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        String server = System.getProperty("claims.db.server", "jdbc:postgresql://127.0.0.1:5432/");
        String name = System.getProperty("claims.db.name", "copydesk_claim_benchmark");
        String user = System.getProperty("claims.db.user", "postgres");
        String password = System.getProperty("claims.db.password", "");
        String url = server + name;

        SyntheticClaims generator = new SyntheticClaims(SEED, Math.max(1, claims / CLAIMS_PER_STORY));
        boolean reuse = Boolean.getBoolean("claims.reuse")
                && StandalonePersistence.rowCount(url, user, password, "claim") == claims;
        if (!reuse) {
            StandalonePersistence.recreateDatabase(server + "postgres", name, user, password);
        }
        StandalonePersistence.migrate(url, user, password);
        long loadStart = System.nanoTime();
        Ledger ledger;
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            ledger = load(generator, claims, reuse ? null : connection);
            if (!reuse) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    // the visibility map and statistics autovacuum would give tables that have been in use
                    statement.execute("vacuum analyze");
                }
            }
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        System.out.printf(Locale.ROOT, "%s %,d claims (%,d with a subject, %,d subjects) in %,d articles of %,d"
                        + " stories, and %,d reference facts, in %.0f s%n",
                reuse ? "regenerated (database reused)" : "loaded", ledger.claims, ledger.claimsWithSubject,
                ledger.claimsBySubject.size(), ledger.articles, ledger.stories(), ledger.facts, loadSeconds);
        System.out.println("most common subjects: " + ledger.claimsBySubject.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6)
                .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ")));

        List<Probe> probes = probes(generator, ledger, WARM_UP + measured);
        Map<Integer, String> storySql = new ConcurrentHashMap<>();
        List<Measurement> measurements = new ArrayList<>();
        List<UUID> baselineClaims = sampleClaims(url, user, password, probes.size());
        try (SessionFactory sessionFactory = sessionFactory(url, user, password, storySql)) {
            EntityManager em = sessionFactory.createEntityManager();
            ClaimLinks links = new ClaimLinks();
            links.em = em;
            for (int i = 0; i < probes.size(); i++) {
                Measurement measurement = measure(em, links, probes.get(i), baselineClaims.get(i));
                if (i >= WARM_UP) {
                    measurements.add(measurement);
                }
            }
            em.close();
        }
        boolean finds = report(ledger, measurements);
        Probe heaviest = probes.stream().max((a, b) -> Long.compare(a.storedUnderSubjects(),
                b.storedUnderSubjects())).orElseThrow();
        boolean indexed = explain(url, user, password, storySql, heaviest);
        System.exit(finds && indexed ? 0 : 1);
    }

    /**
     * Generates every story until there are enough claims and, with a connection, writes them with COPY, one batch
     * of stories being written while the next is generated; then the reference facts.
     */
    private static Ledger load(SyntheticClaims generator, int claims, Connection connection) throws Exception {
        Ledger ledger = new Ledger();
        try (BatchWriter writer = connection == null ? null : new BatchWriter(connection)) {
            for (int from = 0; ledger.claims < claims; from += STORIES_PER_BATCH) {
                List<Story> batch = new ArrayList<>(IntStream.range(from, from + STORIES_PER_BATCH).parallel()
                        .mapToObj(index -> generator.story(index, Integer.MAX_VALUE)).toList());
                List<PromotedFact> promoted = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    long left = claims - ledger.claims;
                    if (left <= 0) {
                        batch.subList(i, batch.size()).clear();
                        break;
                    }
                    if (claimCount(batch.get(i)) > left) {
                        batch.set(i, generator.story(batch.get(i).index(), (int) left));
                    }
                    keep(ledger, batch.get(i), promoted);
                }
                if (writer != null) {
                    writer.write(copy -> write(copy, batch, promoted));
                }
            }
        }
        return ledger;
    }

    private static int claimCount(Story story) {
        return story.articles().stream().mapToInt(article -> article.claims().size()).sum();
    }

    /** Counts the story, and promotes a verified claim about a lasting subject now and then to reference fact. */
    private static void keep(Ledger ledger, Story story, List<PromotedFact> promoted) {
        int live = 0;
        for (StoredArticle article : story.articles()) {
            live += article.state() == ArticleState.REJECTED ? 0 : 1;
            ledger.articles++;
            for (StoredClaim claim : article.claims()) {
                ledger.claims++;
                if (claim.subject() == null) {
                    continue;
                }
                ledger.claimsWithSubject++;
                ledger.claimsBySubject.merge(claim.subject(), 1, Integer::sum);
                // the fact base refuses a second fact that agrees or disagrees with one it holds: one per subject
                // and kind of value
                String factKey = claim.subject() + "|" + (isCalendar(claim.claim()) ? "date" : claim.claim().kind());
                if (claim.lasting() && claim.status() == ClaimStatus.VERIFIED && ledger.facts < REFERENCE_FACTS
                        && !ledger.promoted.contains(factKey)
                        && Math.floorMod(factKey.hashCode() * 31 + 17, PROMOTED_ONE_IN) == 0) {
                    ledger.promoted.add(factKey);
                    UUID id = UUID.nameUUIDFromBytes(factKey.getBytes(StandardCharsets.UTF_8));
                    PromotedFact fact = new PromotedFact(id, claim.subject(), claim.claim(), claim.id(), article.id(),
                            claim.evidence(), claim.ratedBy(), claim.ratedAt().plus(Duration.ofHours(2)));
                    ledger.factsBySubject.computeIfAbsent(claim.subject(), s -> new ArrayList<>()).add(fact);
                    ledger.facts++;
                    promoted.add(fact);
                }
            }
        }
        ledger.liveArticles.add(live);
        ledger.principalRanks.add(story.principalRank());
    }

    private static boolean isCalendar(Claim claim) {
        return claim.value() instanceof CalendarDate;
    }

    private static void write(CopyManager copy, List<Story> batch, List<PromotedFact> facts) throws Exception {
        CopyRows stories = new CopyRows();
        CopyRows articles = new CopyRows();
        CopyRows claims = new CopyRows();
        for (Story story : batch) {
            Instant updated = story.articles().get(story.articles().size() - 1).receivedAt();
            stories.row(story.id(), story.title(), story.createdAt(), updated);
            for (StoredArticle article : story.articles()) {
                byte[] original = article.text().getBytes(StandardCharsets.UTF_8);
                articles.row(article.id(), article.title(), article.source(), null, "en", "text/plain",
                        bytea(original), article.text(), ContentFingerprint.of(article.title(), article.text()),
                        article.receivedAt(), article.receivedAt().plus(Duration.ofHours(3)), article.state(),
                        article.state().isFinal() ? null : article.id().toString(), 4, story.id(), "NORMAL",
                        "TECHNOLOGY", null, article.text());
                for (StoredClaim stored : article.claims()) {
                    claims.row(claimColumns(stored));
                }
            }
        }
        stories.copyInto(copy, "story (id, title, created_at, updated_at)");
        articles.copyInto(copy, "article (id, title, source, url, language, media_type, original_content,"
                + " working_text, content_hash, received_at, updated_at, state, process_instance_id, version,"
                + " story_id, priority, desk, routing_reasons, original_text)");
        claims.copyInto(copy, "claim (id, article_id, position, text_version, kind, span_start, span_end,"
                + " phrase_start, phrase_end, sentence, language, subject_entity, subject_attribute, subject_facet,"
                + " subject, value_number, value_unit, value_approximate, value_year, value_month, value_day,"
                + " value_label, value_words, value_speaker, status, evidence, correction, rated_by,"
                + " rated_by_subject, rated_at, claim_review, extracted_at)");
        if (!facts.isEmpty()) {
            CopyRows rows = new CopyRows();
            for (PromotedFact fact : facts) {
                Claim claim = fact.claim();
                List<Object> row = new ArrayList<>(List.of(fact.id(), fact.subject(), claim.subjectKey().entity(),
                        claim.subjectKey().attribute(), claim.subjectKey().facet(), claim.kind(), claim.sentence(),
                        claim.language()));
                row.addAll(valueColumns(claim));
                row.addAll(List.of(fact.evidence(), fact.sourceClaimId(), fact.sourceArticleId(), fact.promotedBy(),
                        "sub-" + fact.promotedBy(), fact.promotedAt()));
                rows.row(row.toArray());
            }
            rows.copyInto(copy, "reference_fact (id, subject, subject_entity, subject_attribute, subject_facet,"
                    + " kind, statement, language, value_number, value_unit, value_approximate, value_year,"
                    + " value_month, value_day, value_label, value_words, value_speaker, evidence, source_claim_id,"
                    + " source_article_id, promoted_by, promoted_by_subject, promoted_at)");
        }
    }

    private static Object[] claimColumns(StoredClaim stored) {
        Claim claim = stored.claim();
        List<Object> row = new ArrayList<>(List.of(stored.id(), stored.articleId(), claim.id(), 1, claim.kind(),
                claim.start(), claim.end(), claim.phraseStart(), claim.phraseEnd(), claim.sentence(),
                claim.language(), claim.subjectKey().entity(), claim.subjectKey().attribute(),
                claim.subjectKey().facet()));
        row.add(stored.subject());
        row.addAll(valueColumns(claim));
        row.add(stored.status());
        row.add(stored.evidence());
        row.add(stored.correction());
        row.add(stored.ratedBy());
        row.add(stored.ratedBy() == null ? null : "sub-" + stored.ratedBy());
        row.add(stored.ratedAt());
        row.add(stored.status() == ClaimStatus.FALSE ? claimReview(claim) : null);
        row.add(stored.extractedAt());
        return row.toArray();
    }

    /** The typed value columns, as StoredValue fills them. */
    private static List<Object> valueColumns(Claim claim) {
        Object[] columns = new Object[9];
        if (claim.value() instanceof Quantity quantity) {
            columns[0] = quantity.number().toPlainString();
            columns[1] = quantity.unit();
            columns[2] = quantity.approximate();
        } else if (claim.value() instanceof CalendarDate date) {
            columns[3] = date.year();
            columns[4] = date.month();
            columns[5] = date.day();
        } else if (claim.value() instanceof Label label) {
            columns[6] = label.canonical();
        } else if (claim.value() instanceof Quotation quotation) {
            columns[7] = quotation.text();
            columns[8] = quotation.speaker();
        }
        return Arrays.asList(columns);
    }

    /** About the size of the ClaimReview document the ledger keeps with a claim rated false. */
    private static String claimReview(Claim claim) {
        return "{\"@context\":\"https://schema.org\",\"@type\":\"ClaimReview\",\"claimReviewed\":\""
                + claim.sentence().replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"reviewRating\":{\"@type\":"
                + "\"Rating\",\"ratingValue\":1,\"bestRating\":5,\"worstRating\":1,\"alternateName\":\"False\"},"
                + "\"author\":{\"@type\":\"Organization\",\"name\":\"Copydesk newsroom\"}}";
    }

    /**
     * Probe articles, each a live article of a stored story with at least two live articles, as if it entered
     * fact-check again; preferably one that shares a subject with another live article of its story.
     */
    private static List<Probe> probes(SyntheticClaims generator, Ledger ledger, int count) {
        // the last story may have lost claims to the limit; regenerated whole it would not be what is stored
        List<Integer> candidates = IntStream.range(0, ledger.stories() - 1)
                .filter(story -> ledger.liveArticles.get(story) >= 2).boxed().collect(Collectors.toList());
        Collections.shuffle(candidates, new Random(SEED));
        return candidates.stream().limit(count).parallel().map(index -> {
            Story story = generator.story(index, Integer.MAX_VALUE);
            Random random = new Random(SEED + index);
            List<StoredArticle> live = story.articles().stream()
                    .filter(article -> article.state() != ArticleState.REJECTED).toList();
            List<StoredArticle> meeting = live.stream().filter(article -> expected(story, article, ledger)
                    .claimsMet().size() > 0).toList();
            StoredArticle article = meeting.isEmpty() ? live.get(random.nextInt(live.size()))
                    : meeting.get(random.nextInt(meeting.size()));
            long stored = subjects(article).stream().mapToLong(s -> ledger.claimsBySubject.getOrDefault(s, 0)).sum();
            return new Probe(story, article, expected(story, article, ledger), stored);
        }).toList();
    }

    private static Set<String> subjects(StoredArticle article) {
        return article.claims().stream().map(StoredClaim::subject).filter(s -> s != null)
                .collect(Collectors.toSet());
    }

    /** What link() must find for the article: compared with every claim of the story and every fact, in memory. */
    private static Tally expected(Story story, StoredArticle article, Ledger ledger) {
        Map<String, List<Claim>> mine = new HashMap<>();
        article.claims().stream().filter(claim -> claim.subject() != null)
                .forEach(claim -> mine.computeIfAbsent(claim.subject(), s -> new ArrayList<>()).add(claim.claim()));
        Map<UUID, String> subjectOf = new LinkedHashMap<>();
        Map<UUID, Claim> claimOf = new HashMap<>();
        for (StoredArticle other : story.articles()) {
            if (other.id().equals(article.id()) || other.state() == ArticleState.REJECTED) {
                continue;
            }
            for (StoredClaim claim : other.claims()) {
                if (claim.subject() != null && mine.containsKey(claim.subject())) {
                    subjectOf.put(claim.id(), claim.subject());
                    claimOf.put(claim.id(), claim.claim());
                }
            }
        }
        Map<UUID, String> factSubjectOf = new LinkedHashMap<>();
        Map<UUID, Claim> factOf = new HashMap<>();
        for (String subject : mine.keySet()) {
            for (PromotedFact fact : ledger.factsBySubject.getOrDefault(subject, List.of())) {
                factSubjectOf.put(fact.id(), subject);
                factOf.put(fact.id(), fact.claim());
            }
        }
        return tally(mine, subjectOf, claimOf, factSubjectOf, factOf);
    }

    /** The verdicts as link() counts them. */
    private static Tally tally(Map<String, List<Claim>> mine, Map<UUID, String> claimSubjects,
            Map<UUID, Claim> claims, Map<UUID, String> factSubjects, Map<UUID, Claim> facts) {
        int contradictions = 0;
        int agreements = 0;
        for (Map.Entry<UUID, String> theirs : claimSubjects.entrySet()) {
            for (Claim claim : mine.get(theirs.getValue())) {
                Verdict verdict = Contradictions.between(claim, claims.get(theirs.getKey()));
                contradictions += verdict == Verdict.CONTRADICT ? 1 : 0;
                agreements += verdict == Verdict.AGREE ? 1 : 0;
            }
        }
        int factContradictions = 0;
        int factAgreements = 0;
        for (Map.Entry<UUID, String> fact : factSubjects.entrySet()) {
            for (Claim claim : mine.get(fact.getValue())) {
                Verdict verdict = Contradictions.between(claim, facts.get(fact.getKey()));
                factContradictions += verdict == Verdict.CONTRADICT ? 1 : 0;
                factAgreements += verdict == Verdict.AGREE ? 1 : 0;
            }
        }
        return new Tally(contradictions, agreements, factContradictions, factAgreements, claimSubjects.keySet(),
                factSubjects.keySet());
    }

    /** Claims for the baseline reads, drawn from the whole table. */
    private static List<UUID> sampleClaims(String url, String user, String password, int count) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id from claim tablesample bernoulli (1)"
                     + " repeatable (" + SEED % 1000 + ")")) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        Collections.shuffle(ids, new Random(SEED));
        while (ids.size() < count) {
            ids.addAll(List.copyOf(ids));
        }
        return ids.subList(0, count);
    }

    /** The common standalone factory, batching as the persistence unit does and keeping the story query's SQL. */
    private static SessionFactory sessionFactory(String url, String user, String password,
            Map<Integer, String> storySql) {
        return StandalonePersistence.sessionFactory(url, user, password, configuration -> {
            configuration.setProperty("hibernate.jdbc.batch_size", "50");
            configuration.setProperty("hibernate.order_inserts", "true");
            configuration.setStatementInspector(sql -> {
                if (sql.contains("from claim") && sql.contains("story_id")) {
                    storySql.put(placeholders(sql), sql);
                }
                return sql;
            });
        });
    }

    /**
     * The lookup, then link() with its links flushed, in one transaction that is rolled back; then, in another, the
     * baseline. The article and its claims are read first, unmeasured: the ledger has them in hand when it links.
     */
    private static Measurement measure(EntityManager em, ClaimLinks links, Probe probe, UUID baselineClaim) {
        em.getTransaction().begin();
        long lookupNanos;
        long linkNanos;
        Tally found;
        ClaimLinks.Outcome linked;
        try {
            Article article = em.find(Article.class, probe.article().id());
            List<ArticleClaim> claims = em.createQuery(
                            "select c from ArticleClaim c where c.articleId = :article order by c.position",
                            ArticleClaim.class)
                    .setParameter("article", article.getId()).getResultList();

            long start = System.nanoTime();
            Map<String, List<ArticleClaim>> bySubject = claims.stream().filter(claim -> claim.getSubject() != null)
                    .collect(Collectors.groupingBy(ArticleClaim::getSubject));
            List<ArticleClaim> theirs = bySubject.isEmpty() ? List.of()
                    : links.sameSubjectInStory(article, bySubject.keySet());
            List<ReferenceFact> facts = bySubject.isEmpty() ? List.of() : links.factsAbout(bySubject.keySet());
            found = tally(bySubject.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                            e -> e.getValue().stream().map(ArticleClaim::toClaim).toList())),
                    theirs.stream().collect(Collectors.toMap(ArticleClaim::getId, ArticleClaim::getSubject)),
                    theirs.stream().collect(Collectors.toMap(ArticleClaim::getId, ArticleClaim::toClaim)),
                    facts.stream().collect(Collectors.toMap(ReferenceFact::getId, ReferenceFact::getSubject)),
                    facts.stream().collect(Collectors.toMap(ReferenceFact::getId, ReferenceFact::toClaim)));
            lookupNanos = System.nanoTime() - start;

            // link() starts from what the ledger holds: the article and its claims, not the ones just found
            em.clear();
            start = System.nanoTime();
            linked = links.link(article, claims, Instant.now());
            em.flush();
            linkNanos = System.nanoTime() - start;
        } finally {
            em.getTransaction().rollback();
            em.clear();
        }

        long baselineNanos = StandalonePersistence.timedFind(em, ArticleClaim.class, baselineClaim);
        return new Measurement(probe, lookupNanos, linkNanos, baselineNanos, found, linked);
    }

    /** Prints the figures; false when a probe did not find exactly what it should. */
    private static boolean report(Ledger ledger, List<Measurement> measurements) {
        long[] lookup = sorted(measurements, Measurement::lookupNanos);
        long[] link = sorted(measurements, Measurement::linkNanos);
        long[] baseline = sorted(measurements, Measurement::baselineNanos);
        List<Measurement> common = measurements.stream()
                .filter(m -> subjects(m.probe().article()).stream()
                        .anyMatch(s -> ledger.claimsBySubject.getOrDefault(s, 0) >= COMMON_SUBJECT)).toList();
        long[] commonLookup = sorted(common, Measurement::lookupNanos);
        long[] storedUnder = measurements.stream().mapToLong(m -> m.probe().storedUnderSubjects()).sorted()
                .toArray();
        long[] probeClaims = measurements.stream().mapToLong(m -> m.probe().article().claims().size()).sorted()
                .toArray();
        System.out.printf(Locale.ROOT, "%d probes after %d warm-up, %d to %d claims each (median %d); claims stored"
                        + " under a probe's subjects: median %,d, max %,d; %d probes have a subject with %,d or more%n",
                measurements.size(), WARM_UP, probeClaims[0], probeClaims[probeClaims.length - 1],
                median(probeClaims), median(storedUnder), storedUnder[storedUnder.length - 1], common.size(),
                COMMON_SUBJECT);
        printTimes("contradiction lookup (sameSubjectInStory + factsAbout + comparisons)", lookup);
        if (commonLookup.length > 0) {
            printTimes("  of which probes with a common subject", commonLookup);
        }
        printTimes("link() with its links flushed, rolled back", link);
        printTimes("baseline (EntityManager.find of one claim by id)", baseline);
        System.out.printf(Locale.ROOT, "ratio to baseline (median): lookup %.1f, link() %.1f%n",
                (double) median(lookup) / median(baseline), (double) median(link) / median(baseline));

        int expectedClaims = 0;
        int foundClaims = 0;
        int expectedFacts = 0;
        int foundFacts = 0;
        int wrong = 0;
        int meeting = 0;
        int met = 0;
        Tally sum = new Tally(0, 0, 0, 0, Set.of(), Set.of());
        for (Measurement m : measurements) {
            Tally expected = m.probe().expected();
            Tally found = m.found();
            expectedClaims += expected.claimsMet().size();
            foundClaims += found.claimsMet().size();
            expectedFacts += expected.factsMet().size();
            foundFacts += found.factsMet().size();
            meeting += expected.claimsMet().isEmpty() ? 0 : 1;
            met += expected.claimsMet().isEmpty() || found.claimsMet().isEmpty() ? 0 : 1;
            ClaimLinks.Outcome outcome = m.linked();
            boolean same = expected.equals(found) && outcome.storyContradictions() == expected.storyContradictions()
                    && outcome.storyAgreements() == expected.storyAgreements()
                    && outcome.factContradictions() == expected.factContradictions();
            if (!same) {
                wrong++;
                if (wrong <= 3) {
                    System.out.printf(Locale.ROOT, "MISMATCH for article %s: expected %s, lookup found %s,"
                            + " link() %s%n", m.probe().article().id(), counts(expected), counts(found), outcome);
                }
            }
            sum = new Tally(sum.storyContradictions() + found.storyContradictions(),
                    sum.storyAgreements() + found.storyAgreements(),
                    sum.factContradictions() + found.factContradictions(),
                    sum.factAgreements() + found.factAgreements(), Set.of(), Set.of());
        }
        System.out.printf(Locale.ROOT, "found: %,d of %,d claims of the probes' stories under their subjects, %,d of"
                        + " %,d reference facts; %d of %d probes that should meet claims of their story met some%n",
                foundClaims, expectedClaims, foundFacts, expectedFacts, met, meeting);
        System.out.printf(Locale.ROOT, "verdicts: %,d contradictions and %,d agreements with other articles,"
                        + " %,d contradictions and %,d agreements with reference facts%n", sum.storyContradictions(),
                sum.storyAgreements(), sum.factContradictions(), sum.factAgreements());
        System.out.printf(Locale.ROOT, "requirement (median <= %.0f ms with %,d claims): %s%n",
                REQUIRED_MEDIAN_MILLIS, ledger.claims, millis(median(lookup)) <= REQUIRED_MEDIAN_MILLIS
                        ? "met" : "NOT met");
        if (wrong > 0) {
            System.out.printf(Locale.ROOT, "FAILED: %d of %d probes did not find exactly what they should%n", wrong,
                    measurements.size());
        }
        // probes that meet nothing, or never disagree, would make a fast lookup prove nothing
        boolean telling = meeting > measurements.size() / 2 && sum.storyContradictions() > 0
                && sum.storyAgreements() > 0;
        if (!telling) {
            System.out.println("FAILED: the probes meet too little of their stories to tell anything");
        }
        boolean finds = wrong == 0 && telling;
        return finds;
    }

    private static String counts(Tally tally) {
        return String.format(Locale.ROOT, "%d claims, %d facts, %d/%d story contradictions/agreements, %d/%d fact"
                        + " contradictions/agreements", tally.claimsMet().size(), tally.factsMet().size(),
                tally.storyContradictions(), tally.storyAgreements(), tally.factContradictions(),
                tally.factAgreements());
    }

    /**
     * Prints the plan of the story query, as Hibernate sends it, for the probe with the most claims stored under its
     * subjects: once as planned for its values, once as the generic plan a prepared statement may settle on. False
     * when either reads the claim table by a sequential scan.
     */
    private static boolean explain(String url, String user, String password, Map<Integer, String> storySql,
            Probe probe) {
        List<String> subjects = List.copyOf(subjects(probe.article()));
        String sql = storySql.get(subjects.size() + 3);
        if (sql == null) {
            System.out.println("FAILED: no story query with " + subjects.size() + " subjects was sent");
            return false;
        }
        // Hibernate binds the parameters in the order they appear: subjects, article, story, rejected state
        List<String> values = new ArrayList<>();
        subjects.forEach(subject -> values.add("'" + subject.replace("'", "''") + "'"));
        values.add("'" + probe.article().id() + "'");
        values.add("'" + probe.story().id() + "'");
        values.add("'" + ArticleState.REJECTED + "'");
        StringBuilder numbered = new StringBuilder();
        int parameter = 0;
        for (char c : sql.toCharArray()) {
            numbered.append(c == '?' ? "$" + ++parameter : String.valueOf(c));
        }
        boolean indexed = true;
        System.out.printf(Locale.ROOT, "plan of the story query for the probe with the most claims under its"
                + " subjects (%,d, %d subjects):%n", probe.storedUnderSubjects(), subjects.size());
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("prepare story_query as " + numbered);
            for (String mode : List.of("force_custom_plan", "force_generic_plan")) {
                statement.execute("set plan_cache_mode = " + mode);
                System.out.println("  " + mode.replace("force_", "").replace('_', ' ') + ":");
                try (ResultSet plan = statement.executeQuery("explain (analyze, costs off) execute story_query ("
                        + String.join(", ", values) + ")")) {
                    while (plan.next()) {
                        String line = plan.getString(1);
                        System.out.println("    " + line);
                        indexed &= !line.contains("Seq Scan on claim");
                    }
                }
            }
        } catch (SQLException e) {
            System.out.println("FAILED: the story query no longer takes subjects, article, story and state: " + sql
                    + " (" + e.getMessage() + ")");
            return false;
        }
        if (!indexed) {
            System.out.println("FAILED: the story query scans the claim table");
        }
        return indexed;
    }

    private static int placeholders(String sql) {
        return (int) sql.chars().filter(c -> c == '?').count();
    }

    private static long[] sorted(List<Measurement> measurements,
            ToLongFunction<Measurement> nanos) {
        return measurements.stream().mapToLong(nanos).sorted().toArray();
    }

    private static void printTimes(String what, long[] sorted) {
        System.out.printf(Locale.ROOT, "%s: median %.2f ms, p90 %.2f ms, max %.2f ms%n", what,
                millis(median(sorted)), millis(p90(sorted)), millis(sorted[sorted.length - 1]));
    }
}

package org.copydesk.evaluation;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.copydesk.audit.control.AppendedHeads;
import org.copydesk.audit.control.AuditChains;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.it.StandalonePersistence;
import org.copydesk.factcheck.control.ClaimLedger;
import org.copydesk.factcheck.control.ClaimLinks;
import org.copydesk.factcheck.entity.ArticleClaim;
import org.copydesk.factcheck.entity.ClaimLink;
import org.copydesk.ingest.control.ArticleVersions;
import org.copydesk.ingest.control.Articles;
import org.copydesk.ingest.control.ContentFingerprint;
import org.copydesk.ingest.control.SubmissionReader;
import org.copydesk.ingest.entity.Article;
import org.copydesk.ingest.entity.Submission;
import org.copydesk.platform.NodeName;
import org.copydesk.platform.TransactionLocks;
import org.copydesk.security.control.CurrentActor;
import org.copydesk.security.entity.Actor;
import org.copydesk.triage.control.AutomaticTriage;
import org.copydesk.triage.control.DuplicateFinder;
import org.copydesk.triage.control.StoryClusterer;
import org.copydesk.triage.entity.ArticleFinding;
import org.hibernate.SessionFactory;

/**
 * The server's own automatic steps on a fresh embedded H2 database: each article is ingested, goes through
 * automatic triage (analysis, duplicate lookup, story placement) and then through claim extraction and linking,
 * one after the other in the order given, each step in a transaction of its own as in the server.
 */
final class Newsroom implements AutoCloseable {

    /** What the server knows about one article once every article of the run went through. */
    record Outcome(LabelledCorpus.Article labelled, UUID id, String original, String workingText, String language,
                   UUID storyId, List<ArticleFinding> findings, List<ArticleClaim> claims) {
    }

    /** The run: every article's outcome in arrival order, and every link between claims. */
    record Run(List<Outcome> outcomes, List<ClaimLink> links) {
    }

    private final SessionFactory sessionFactory;
    private final EntityManager em;
    private final AutomaticTriage triage = new AutomaticTriage();
    private final ClaimLedger ledger = new ClaimLedger();
    private final AuditChains auditChains = new AuditChains();
    private Articles articles;

    Newsroom() {
        String url = "jdbc:h2:mem:score-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        StandalonePersistence.migrate(url, "sa", "");
        sessionFactory = StandalonePersistence.sessionFactory(url, "sa", "");
        em = sessionFactory.createEntityManager();
        CurrentActor system = new CurrentActor() {
            @Override
            public Actor get() {
                return Actor.SYSTEM;
            }
        };
        articles = wired(new Articles(), system);
        ArticleVersions versions = wired(new ArticleVersions(), system);
        AuditTrail auditTrail = wired(new AuditTrail(), system,
                wired(new NodeName(), Optional.of("evaluation")), auditChains);
        wired(triage, system, articles, versions, auditTrail, wired(new DuplicateFinder(), system),
                wired(new StoryClusterer(), system));
        wired(ledger, system, articles, versions, auditTrail, wired(new ClaimLinks(), system));
    }

    Run run(List<LabelledCorpus.Article> arrivals) {
        List<UUID> ids = new ArrayList<>();
        for (LabelledCorpus.Article labelled : arrivals) {
            UUID id = inTransaction(() -> ingest(labelled));
            inTransaction(() -> {
                triage.analyse(id);
                return null;
            });
            inTransaction(() -> {
                ledger.extract(id);
                return null;
            });
            ids.add(id);
        }
        em.clear();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < arrivals.size(); i++) {
            Article article = em.find(Article.class, ids.get(i));
            outcomes.add(new Outcome(arrivals.get(i), article.getId(), article.getOriginalText(),
                    article.getWorkingText(), article.getLanguage(), article.getStoryId(),
                    em.createQuery("select f from ArticleFinding f where f.articleId = :a", ArticleFinding.class)
                            .setParameter("a", article.getId()).getResultList(),
                    em.createQuery("select c from ArticleClaim c where c.articleId = :a order by c.position",
                            ArticleClaim.class).setParameter("a", article.getId()).getResultList()));
        }
        List<ClaimLink> links = em.createQuery("select l from ClaimLink l where l.otherClaimId is not null",
                ClaimLink.class).getResultList();
        return new Run(outcomes, links);
    }

    private UUID ingest(LabelledCorpus.Article labelled) {
        byte[] bytes = labelled.text().getBytes(StandardCharsets.UTF_8);
        Submission submission = labelled.html()
                ? SubmissionReader.fromHtml(bytes, labelled.text(), null, "evaluation", null, null)
                : SubmissionReader.fromPlainText(bytes, labelled.text(), null, "evaluation", null, null);
        Article article = new Article(submission.title(), submission.source(), submission.url(),
                submission.language(), submission.mediaType(), submission.original(), submission.text(),
                ContentFingerprint.of(submission.title(), submission.text()), Instant.now());
        em.persist(article);
        return article.getId();
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        // what the container keeps per transaction starts afresh with each one
        TransactionLocks locks = new TransactionLocks();
        wired(articles, locks);
        wired(auditChains, locks, new AppendedHeads());
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        }
    }

    /**
     * Sets the bean's injected fields as the container would: the entity manager, and each collaborator into the
     * field of its type.
     */
    private <T> T wired(T bean, Object... collaborators) {
        for (Class<?> type = bean.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Object value = field.getType() == EntityManager.class ? em : null;
                for (Object collaborator : collaborators) {
                    if (value == null && field.getType().isInstance(collaborator)) {
                        value = collaborator;
                    }
                }
                if (value != null) {
                    field.setAccessible(true);
                    try {
                        field.set(bean, value);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("Cannot wire " + field, e);
                    }
                }
            }
        }
        return bean;
    }

    @Override
    public void close() {
        em.close();
        sessionFactory.close();
    }
}

package org.copydesk.ingest.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.copydesk.domain.NotFound;
import org.copydesk.ingest.entity.Article;
import org.copydesk.ingest.entity.ArticleVersion;
import org.copydesk.security.control.CurrentActor;

/** Every working text an article has had, numbered from 1, and the differences between any two. */
@ApplicationScoped
@Transactional
public class ArticleVersions {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    /** Records the article's current working text as its next version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ArticleVersion add(Article article, String reason) {
        ArticleVersion version = new ArticleVersion(article.getId(), currentNumber(article.getId()) + 1,
                article.getWorkingText(), currentActor.get().username(), reason, Instant.now());
        em.persist(version);
        return version;
    }

    /** The number of the working text's version; 0 before automatic triage recorded the first. */
    public int currentNumber(UUID articleId) {
        Integer last = em.createQuery("select max(v.number) from ArticleVersion v where v.articleId = :article",
                Integer.class).setParameter("article", articleId).getSingleResult();
        return last == null ? 0 : last;
    }

    public List<ArticleVersion> of(UUID articleId) {
        return em.createQuery("select v from ArticleVersion v where v.articleId = :article order by v.number",
                ArticleVersion.class).setParameter("article", articleId).getResultList();
    }

    public ArticleVersion get(UUID articleId, int number) {
        ArticleVersion version = em.find(ArticleVersion.class, new ArticleVersion.Key(articleId, number));
        if (version == null) {
            throw new NotFound("version", number + " of article " + articleId);
        }
        return version;
    }

    /** A unified diff from one version to another, line by line. */
    public String diff(UUID articleId, int from, int to) {
        List<String> before = get(articleId, from).getText().lines().toList();
        List<String> after = get(articleId, to).getText().lines().toList();
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("version " + from, "version " + to, before,
                DiffUtils.diff(before, after), 2));
    }
}

package org.copydesk.ingest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.Valid;
import java.util.Optional;
import org.copydesk.ingest.entity.ArticleView;
import org.copydesk.ingest.entity.Submission;

/**
 * Receives articles. The same content from the same source is the same article: a repeat returns the one
 * already stored, also when two copies arrive at the same moment and the database's unique key decides.
 */
@ApplicationScoped
public class ArticleIntake {

    @Inject
    Articles articles;

    @Inject
    ArticleRegistration registration;

    public record Receipt(ArticleView article, boolean created) {
    }

    public Receipt receive(@Valid Submission submission) {
        String hash = ContentFingerprint.of(submission.title(), submission.text());
        try {
            return registration.registerUnlessKnown(submission, hash);
        } catch (PersistenceException | TransactionalException lostRace) {
            return alreadyReceived(submission, hash).map(article -> new Receipt(article, false))
                    .orElseThrow(() -> lostRace);
        }
    }

    private Optional<ArticleView> alreadyReceived(Submission submission, String hash) {
        return articles.bySourceAndHash(submission.source(), hash).map(ArticleView::of);
    }
}

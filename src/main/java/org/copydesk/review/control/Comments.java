package org.copydesk.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.domain.Invalid;
import org.copydesk.ingest.control.Articles;
import org.copydesk.ingest.entity.Article;
import org.copydesk.review.entity.ArticleComment;
import org.copydesk.review.entity.CommentView;
import org.copydesk.review.entity.Notification;
import org.copydesk.security.control.CurrentActor;
import org.copydesk.security.control.RealmPeople;

/**
 * Reviewers' comments on an article. An {@code @name} that is one of the realm's usernames is a mention and tells
 * that person; any other {@code @word} is just text.
 */
@ApplicationScoped
@Transactional
public class Comments {

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._@-])@([\\p{L}\\p{N}][\\p{L}\\p{N}._-]*)");

    @PersistenceContext
    EntityManager em;

    @Inject
    Articles articles;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentActor currentActor;

    @Inject
    RealmPeople realmPeople;

    @Inject
    Notifications notifications;

    public CommentView add(UUID articleId, String body) {
        Article article = articles.get(articleId);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new Invalid("A comment needs some text");
        }
        Set<String> mentioned = mentionsIn(text, realmPeople.usernames());
        ArticleComment comment = new ArticleComment(articleId, currentActor.get().username(), text, mentioned,
                Instant.now());
        em.persist(comment);
        for (String person : mentioned) {
            notifications.tell(person, Notification.Kind.MENTION, article, text);
        }
        auditTrail.record(articleId, AuditAction.COMMENTED, "comment " + comment.getId()
                + (mentioned.isEmpty() ? "" : "; mentions " + String.join(", ", mentioned)));
        return CommentView.of(comment);
    }

    public List<CommentView> of(UUID articleId) {
        articles.get(articleId);
        return em.createQuery("select c from ArticleComment c where c.articleId = :article order by c.createdAt, c.id",
                ArticleComment.class).setParameter("article", articleId).getResultStream().map(CommentView::of).toList();
    }

    /** The known usernames named with an {@code @}, in the order first named; a trailing full stop ends a name. */
    static Set<String> mentionsIn(String text, Set<String> known) {
        Set<String> mentioned = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1).toLowerCase(Locale.ROOT);
            while (!known.contains(name) && !name.isEmpty() && ".-_".indexOf(name.charAt(name.length() - 1)) >= 0) {
                name = name.substring(0, name.length() - 1);
            }
            if (known.contains(name)) {
                mentioned.add(name);
            }
        }
        return mentioned;
    }
}

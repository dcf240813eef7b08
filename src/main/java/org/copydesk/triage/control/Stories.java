package org.copydesk.triage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.copydesk.domain.NotFound;
import org.copydesk.ingest.entity.Article;
import org.copydesk.triage.entity.Story;
import org.copydesk.triage.entity.StoryView;
import org.copydesk.web.Page;

/** Reads stories with their articles. */
@ApplicationScoped
@Transactional
public class Stories {

    @PersistenceContext
    EntityManager em;

    public Page<StoryView> list(int page, int size) {
        List<Story> stories = em.createQuery("select s from Story s order by s.updatedAt desc, s.id", Story.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(s) from Story s", Long.class).getSingleResult();
        Map<UUID, List<Article>> members = stories.isEmpty() ? Map.of()
                : em.createQuery("select a from Article a where a.storyId in :stories", Article.class)
                .setParameter("stories", stories.stream().map(Story::getId).toList())
                .getResultStream().collect(Collectors.groupingBy(Article::getStoryId));
        return new Page<>(stories.stream().map(story -> view(story, members.getOrDefault(story.getId(), List.of())))
                .toList(), page, size, total);
    }

    public StoryView get(UUID id) {
        Story story = em.find(Story.class, id);
        if (story == null) {
            throw new NotFound("story", id);
        }
        return view(story, em.createQuery("select a from Article a where a.storyId = :story", Article.class)
                .setParameter("story", id).getResultList());
    }

    private static StoryView view(Story story, List<Article> articles) {
        List<StoryView.Member> members = articles.stream()
                .sorted((a, b) -> b.getReceivedAt().compareTo(a.getReceivedAt()))
                .map(article -> new StoryView.Member(article.getId().toString(), article.getTitle(),
                        article.getLanguage(), article.getState().name(), article.getSource(), article.getReceivedAt()))
                .toList();
        List<String> languages = articles.stream().map(Article::getLanguage).filter(Objects::nonNull).distinct()
                .sorted().toList();
        return new StoryView(story.getId().toString(), story.getTitle(), story.getCreatedAt(), story.getUpdatedAt(),
                members.size(), languages, members);
    }
}

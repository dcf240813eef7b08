package org.copydesk.publish.control;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.copydesk.publish.entity.Channel;
import org.copydesk.publish.entity.ChannelItem;
import org.copydesk.web.Page;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What readers get without signing in: only what the pull channels were delivered, and nothing before its
 * embargo ends. A killed article is listed nowhere; asked for by its address it answers with the kill notice.
 */
@ApplicationScoped
@Transactional
public class PublicChannels {

    static final int FEED_ENTRIES = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Renditions renditions;

    @Inject
    @ConfigProperty(name = "copydesk.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "copydesk.factcheck.reviewer", defaultValue = "Copydesk newsroom")
    String newsroom;

    /** Published articles of the public API, newest first. */
    public Page<ChannelItem> published(int page, int size) {
        Instant now = Instant.now();
        List<ChannelItem> items = em.createQuery("select i from ChannelItem i where i.channel = :api"
                        + " and i.killed = false and i.visibleFrom <= :now order by i.publishedAt desc, i.articleId",
                        ChannelItem.class)
                .setParameter("api", Channel.API).setParameter("now", now)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(i) from ChannelItem i where i.channel = :api"
                        + " and i.killed = false and i.visibleFrom <= :now", Long.class)
                .setParameter("api", Channel.API).setParameter("now", now).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** One article of a pull channel by its slug, once visible; killed ones too (they show their kill notice). */
    public Optional<ChannelItem> item(Channel channel, String slug) {
        return em.createQuery("select i from ChannelItem i where i.channel = :channel and i.slug = :slug"
                        + " and i.visibleFrom <= :now", ChannelItem.class)
                .setParameter("channel", channel).setParameter("slug", slug).setParameter("now", Instant.now())
                .getResultStream().findFirst();
    }

    /** The Atom feed: the latest published and corrected articles, each once, under the same id for every version. */
    public String atomFeed() {
        List<ChannelItem> items = em.createQuery("select i from ChannelItem i where i.channel = :feed"
                        + " and i.killed = false and i.visibleFrom <= :now order by i.updatedAt desc, i.articleId",
                        ChannelItem.class)
                .setParameter("feed", Channel.FEED).setParameter("now", Instant.now())
                .setMaxResults(FEED_ENTRIES).getResultList();
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(newsroom);
        feed.setUri(base + "/api/feed");
        feed.setLink(base + "/");
        SyndLink self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(base + "/api/feed");
        feed.setLinks(List.of(self));
        feed.setPublishedDate(Date.from(items.isEmpty() ? Instant.EPOCH : items.get(0).getUpdatedAt()));
        List<SyndEntry> entries = new ArrayList<>();
        for (ChannelItem item : items) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setUri("urn:uuid:" + item.getArticleId());
            entry.setTitle(item.getHeadline());
            entry.setLink(base + "/articles/" + item.getSlug());
            entry.setPublishedDate(Date.from(item.getVisibleFrom()));
            entry.setUpdatedDate(Date.from(item.getUpdatedAt()));
            entry.setAuthor(newsroom);
            SyndContent summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(item.getContent());
            entry.setDescription(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("The Atom feed cannot be written", e);
        }
    }
}

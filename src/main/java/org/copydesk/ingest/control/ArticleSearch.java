package org.copydesk.ingest.control;

import static org.copydesk.platform.SqlValues.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.copydesk.ingest.entity.SearchHit;
import org.copydesk.ingest.entity.SearchQuery;
import org.copydesk.web.Page;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Full-text search over articles' titles and working texts. On PostgreSQL it is the database's own full-text
 * search, each article stemmed with the dictionary of its language (and without stemming in languages PostgreSQL
 * has none for), ranked by relevance; every node sharing the database sees the same index, with nothing to keep
 * in sync. On the embedded H2 every word must appear in the title or text, newest first.
 */
@ApplicationScoped
@Transactional
public class ArticleSearch {

    static final int OPENING = 280;
    private static final String CONFIG = "cast(case a.language when 'en' then 'english' when 'fr' then 'french'"
            + " when 'de' then 'german' when 'es' then 'spanish' when 'it' then 'italian' when 'nl' then 'dutch'"
            + " when 'pt' then 'portuguese' else 'simple' end as regconfig)";
    private static final String DOCUMENT = "to_tsvector(" + CONFIG + ", a.title || ' ' || a.working_text)";
    private static final String TERMS = "plainto_tsquery(" + CONFIG + ", :words)";

    @PersistenceContext
    EntityManager em;

    public Page<SearchHit> find(SearchQuery query, int page, int size) {
        boolean postgres = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect() instanceof PostgreSQLDialect;
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" from article a where 1 = 1");
        String order = " order by a.received_at desc, a.id";
        if (query.words() != null && !query.words().isBlank()) {
            if (postgres) {
                where.append(" and ").append(DOCUMENT).append(" @@ ").append(TERMS);
                parameters.put("words", query.words());
                order = " order by ts_rank(" + DOCUMENT + ", " + TERMS + ") desc, a.received_at desc, a.id";
            } else {
                List<String> words = Arrays.stream(query.words().toLowerCase(Locale.ROOT).split("\\s+"))
                        .filter(word -> !word.isBlank()).toList();
                for (int i = 0; i < words.size(); i++) {
                    where.append(" and (lower(a.title) like :w").append(i).append(" escape '\\'")
                            .append(" or lower(a.working_text) like :w").append(i).append(" escape '\\')");
                    parameters.put("w" + i, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%")
                            .replace("_", "\\_") + "%");
                }
            }
        }
        filter(where, parameters, "a.state", "state", upper(query.state()));
        filter(where, parameters, "a.language", "language", query.language());
        filter(where, parameters, "a.desk", "desk", upper(query.desk()));
        if (query.storyId() != null) {
            where.append(" and a.story_id = :story");
            parameters.put("story", UUID.fromString(query.storyId()));
        }
        if (query.receivedFrom() != null) {
            where.append(" and a.received_at >= :from");
            parameters.put("from", query.receivedFrom().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (query.receivedTo() != null) {
            where.append(" and a.received_at < :to");
            parameters.put("to", query.receivedTo().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        Query count = em.createNativeQuery("select count(*)" + where);
        Query items = em.createNativeQuery("select cast(a.id as varchar(36)), a.title, a.state, a.language, a.desk,"
                + " a.priority, cast(a.story_id as varchar(36)), a.received_at, substring(a.working_text, 1, "
                + OPENING + ")" + where + order);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            items.setParameter(name, value);
        });
        List<SearchHit> hits = new ArrayList<>();
        for (Object row : items.setFirstResult(page * size).setMaxResults(size).getResultList()) {
            Object[] columns = (Object[]) row;
            hits.add(new SearchHit((String) columns[0], (String) columns[1], (String) columns[2], (String) columns[3],
                    (String) columns[4], (String) columns[5], (String) columns[6], instant(columns[7]),
                    text(columns[8])));
        }
        return new Page<>(hits, page, size, ((Number) count.getSingleResult()).longValue());
    }

    private static void filter(StringBuilder where, Map<String, Object> parameters, String column, String name,
                               String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and ").append(column).append(" = :").append(name);
            parameters.put(name, value.strip());
        }
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static String text(Object value) {
        if (value instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) Math.min(clob.length(), OPENING));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return value == null ? null : value.toString();
    }
}

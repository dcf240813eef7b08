package org.copydesk.publish.entity;

import java.time.Instant;
import java.util.UUID;

/** Where a published article stands, as the newsroom sees it after a correction or a kill (request). */
public record PublicationView(UUID articleId, String slug, int version, String state, Instant updatedAt,
                              String killRequestedBy) {

    public static PublicationView of(Publication publication, String state) {
        return new PublicationView(publication.getArticleId(), publication.getSlug(), publication.getVersion(), state,
                publication.getUpdatedAt(), publication.isKilled() ? null : publication.getKillRequestedBy());
    }
}

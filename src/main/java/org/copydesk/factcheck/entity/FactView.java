package org.copydesk.factcheck.entity;

import java.time.Instant;
import java.util.UUID;

/** A reference fact of the newsroom's fact base. */
public record FactView(UUID id, String subjectKey, ClaimKind kind, String statement, String value, String language,
                       String evidence, UUID sourceArticleId, UUID sourceClaimId, String promotedBy,
                       Instant promotedAt) {

    public static FactView of(ReferenceFact fact) {
        return new FactView(fact.getId(), fact.toClaim().subjectKey().text(), fact.getKind(), fact.getStatement(),
                fact.getValue().display(), fact.getLanguage(), fact.getEvidence(), fact.getSourceArticleId(),
                fact.getSourceClaimId(), fact.getPromotedBy(), fact.getPromotedAt());
    }
}

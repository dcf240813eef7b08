package org.copydesk.factcheck.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.domain.Conflict;
import org.copydesk.domain.Invalid;
import org.copydesk.domain.NotFound;
import org.copydesk.factcheck.entity.ArticleClaim;
import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.ClaimStatus;
import org.copydesk.factcheck.entity.FactView;
import org.copydesk.factcheck.entity.ReferenceFact;
import org.copydesk.factcheck.entity.ReferenceFactRetired;
import org.copydesk.factcheck.entity.Verdict;
import org.copydesk.security.control.CurrentActor;
import org.copydesk.security.entity.Actor;
import org.copydesk.web.Page;

/** The newsroom's reference facts: verified claims held as settled, checked against every later article. */
@ApplicationScoped
@Transactional
public class FactBase {

    /** Attributes whose figures are true when said, not for good: a later, different figure is news, not an error. */
    static final Set<String> CHANGING = Set.of("revenue", "funding", "valuation", "shares", "layoffs", "workforce",
            "spending");

    @PersistenceContext
    EntityManager em;

    @Inject
    ClaimLinks links;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentActor currentActor;

    @Inject
    Event<ReferenceFactRetired> retired;

    /** Makes a verified claim a reference fact; refused when the fact base already says something about it. */
    public FactView promote(UUID claimId) {
        ArticleClaim claim = em.find(ArticleClaim.class, claimId);
        if (claim == null) {
            throw new Invalid("'claimId' names no claim: " + claimId);
        }
        if (claim.getStatus() != ClaimStatus.VERIFIED) {
            throw new Conflict("Only a verified claim becomes a reference fact; claim " + claimId
                    + " is " + claim.getStatus());
        }
        if (claim.getSubject() == null) {
            throw new Invalid("Claim " + claimId + " (" + claim.getKind() + ", "
                    + claim.getSubjectKey() + ") cannot be compared with other claims, so it cannot be a reference fact");
        }
        String attribute = claim.toClaim().subjectKey().attribute().split(":")[0];
        if (claim.getKind() == ClaimKind.AGE || CHANGING.contains(attribute)) {
            throw new Invalid("Claim " + claimId + " (" + claim.getSubjectKey() + ") is a figure"
                    + " that changes with time or belongs to one event; reference facts are what holds for good"
                    + " (births, foundings, awards, deals)");
        }
        for (ReferenceFact known : links.factsAbout(Set.of(claim.getSubject()))) {
            Verdict verdict = Contradictions.between(claim.toClaim(), known.toClaim());
            if (verdict == Verdict.AGREE) {
                throw new Conflict("The fact base already holds this as fact " + known.getId() + ": "
                        + known.getStatement());
            }
            if (verdict == Verdict.CONTRADICT) {
                throw new Conflict("The fact base holds fact " + known.getId() + " saying "
                        + known.getValue().display() + " about " + claim.getSubjectKey() + "; retire it first");
            }
        }
        Actor actor = currentActor.get();
        ReferenceFact fact = new ReferenceFact(claim, actor.username(), actor.subject(), Instant.now());
        em.persist(fact);
        auditTrail.record(claim.getArticleId(), AuditAction.FACT_PROMOTED, "claim " + claim.getPosition() + " ("
                + claim.getSubjectKey() + " = " + claim.getValue().display() + ") is reference fact " + fact.getId());
        return FactView.of(fact);
    }

    /** Takes a fact out of the fact base, with its links to claims; the audit trail keeps what it was. */
    public void retire(UUID factId) {
        ReferenceFact fact = em.find(ReferenceFact.class, factId);
        if (fact == null) {
            throw new NotFound("reference fact", factId);
        }
        em.createQuery("delete from ClaimLink l where l.factId = :fact").setParameter("fact", factId).executeUpdate();
        em.remove(fact);
        auditTrail.record(fact.getSourceArticleId(), AuditAction.FACT_RETIRED, "reference fact " + factId + " ("
                + fact.toClaim().subjectKey().text() + " = " + fact.getValue().display() + ") retired");
        retired.fire(new ReferenceFactRetired(factId, fact.getSubject(), fact.toClaim(), fact.getStatement()));
    }

    /** Reference facts, newest first; {@code subject} narrows to keys starting with it ("lecun", "lecun|award"). */
    public Page<FactView> list(String subject, int page, int size) {
        String where = subject == null ? "" : " where f.subject like :subject escape '\\'";
        TypedQuery<ReferenceFact> items = em.createQuery(
                "select f from ReferenceFact f" + where + " order by f.promotedAt desc, f.id", ReferenceFact.class);
        TypedQuery<Long> count = em.createQuery("select count(f) from ReferenceFact f" + where, Long.class);
        if (subject != null) {
            String prefix = subject.strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            items.setParameter("subject", prefix);
            count.setParameter("subject", prefix);
        }
        List<FactView> found = items.setFirstResult(page * size).setMaxResults(size).getResultStream()
                .map(FactView::of).toList();
        return new Page<>(found, page, size, count.getSingleResult());
    }
}

package org.copydesk.publish.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.audit.entity.AuditEntryView;
import org.copydesk.domain.Invalid;
import org.copydesk.domain.NotFound;
import org.copydesk.publish.entity.Partner;
import org.copydesk.publish.entity.PartnerView;

/** The partners that receive published articles by webhook; each gets a secret of its own to check signatures. */
@ApplicationScoped
@Transactional
public class Partners {

    private static final Logger LOG = Logger.getLogger(Partners.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Standard Webhooks secrets: the prefix, then the key in base64. */
    static final String SECRET_PREFIX = "whsec_";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    public List<PartnerView> list() {
        return em.createQuery("select p from Partner p order by p.createdAt, p.id", Partner.class).getResultStream()
                .map(partner -> PartnerView.of(partner, false)).toList();
    }

    public PartnerView add(String name, String url) {
        Partner partner = new Partner(requireName(name), requireUrl(url), newSecret(), Instant.now());
        em.persist(partner);
        LOG.info(() -> "Partner " + partner.getId() + " (" + partner.getName() + ") added for " + partner.getUrl());
        // never the secret: the trail is readable by every admin for as long as it is kept
        auditTrail.recordDeskChange(AuditAction.PARTNER_ADDED, "partner " + partner.getId() + " '"
                + partner.getName() + "' at " + partner.getUrl());
        return PartnerView.of(partner, true);
    }

    public PartnerView change(UUID id, String name, String url, Boolean active) {
        Partner partner = em.find(Partner.class, id);
        if (partner == null) {
            throw new NotFound("partner", id);
        }
        String before = describe(partner);
        partner.change(name == null ? partner.getName() : requireName(name),
                url == null ? partner.getUrl() : requireUrl(url), active == null ? partner.isActive() : active);
        String after = describe(partner);
        LOG.info(() -> "Partner " + id + " changed: " + after);
        auditTrail.recordDeskChange(AuditAction.PARTNER_CHANGED, "partner " + id + " from " + before + " to "
                + after);
        return PartnerView.of(partner, false);
    }

    /** Who added, changed or switched off which partner, oldest first. */
    public List<AuditEntryView> changes() {
        return auditTrail.ofAdminChanges(List.of(AuditAction.PARTNER_ADDED, AuditAction.PARTNER_CHANGED));
    }

    private static String describe(Partner partner) {
        return "'" + partner.getName() + "' at " + partner.getUrl() + (partner.isActive() ? ", active" : ", inactive");
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new Invalid("'name' must be 1 to 200 characters");
        }
        return name.strip();
    }

    private static String requireUrl(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || url.length() > 2000) {
                throw new Invalid("'url' must be an absolute http or https URL, not " + url);
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new Invalid("'url' is not a URL: " + e.getMessage());
        }
    }

    private static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }
}

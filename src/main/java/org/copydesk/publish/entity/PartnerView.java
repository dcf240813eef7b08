package org.copydesk.publish.entity;

import java.time.Instant;
import java.util.UUID;

/** A partner as admins see it; the signing secret only in the answer that creates the partner. */
public record PartnerView(UUID id, String name, String url, boolean active, Instant createdAt, String secret) {

    public static PartnerView of(Partner partner, boolean withSecret) {
        return new PartnerView(partner.getId(), partner.getName(), partner.getUrl(), partner.isActive(),
                partner.getCreatedAt(), withSecret ? partner.getSecret() : null);
    }
}

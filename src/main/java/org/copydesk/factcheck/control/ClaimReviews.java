package org.copydesk.factcheck.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import org.copydesk.factcheck.entity.ArticleClaim;
import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.ClaimStatus;
import org.copydesk.factcheck.entity.ReviewRating;
import org.copydesk.ingest.entity.Article;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The schema.org ClaimReview a false or disputed claim is published with, signed by the newsroom. */
@ApplicationScoped
public class ClaimReviews {

    @Inject
    @ConfigProperty(name = "copydesk.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "copydesk.factcheck.reviewer", defaultValue = "Copydesk newsroom")
    String reviewer;

    @Inject
    @ConfigProperty(name = "copydesk.factcheck.reviewer-url")
    Optional<String> reviewerUrl;

    public String documentFor(Article article, ArticleClaim claim, ClaimStatus status, LocalDate reviewedOn) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        String appearance = article.getUrl() != null && !article.getUrl().isBlank() ? article.getUrl()
                : base + "/articles/" + article.getId();
        ClaimReviewDocument document = ClaimReviewDocument.builder()
                .claimReviewed(claim.getSentence())
                .rating(status == ClaimStatus.FALSE ? ReviewRating.FALSE : ReviewRating.DISPUTED)
                .reviewer(reviewer, reviewerUrl.orElse(base))
                .datePublished(reviewedOn)
                .url(base + "/fact-checks/" + claim.getId());
        String speaker = claim.getValue().speaker();
        if (claim.getKind() == ClaimKind.QUOTE && speaker != null) {
            document.appearanceByPerson(appearance, speaker);
        } else {
            document.appearance(appearance, article.getSource());
        }
        return document.build();
    }
}

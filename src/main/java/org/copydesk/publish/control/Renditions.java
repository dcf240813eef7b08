package org.copydesk.publish.control;

import static org.copydesk.platform.JsonDocuments.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.copydesk.publish.entity.Publication;
import org.copydesk.publish.entity.PublicationVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What each channel gets of a published version: IPTC ninjs 2.x for the API and the webhooks, an HTML page with
 * schema.org JSON-LD, and the text of a feed entry. All text goes in as text, never as markup.
 */
@ApplicationScoped
public class Renditions {

    /** The page runs no script and loads nothing from elsewhere; JSON-LD is data, not script, and still reads. */
    public static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none';"
            + " form-action 'none'; frame-ancestors 'none'";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

    @Inject
    @ConfigProperty(name = "copydesk.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "copydesk.factcheck.reviewer", defaultValue = "Copydesk newsroom")
    String newsroom;

    public String pageUrl(Publication publication) {
        return base() + "/articles/" + publication.getSlug();
    }

    /** The ninjs item: the same {@code uri} for every version, so a correction is an update of the same item. */
    public JsonObject ninjs(Publication publication, List<PublicationVersion> versions) {
        JsonObjectBuilder item = JSON.createObjectBuilder()
                .add("uri", pageUrl(publication))
                .add("type", "text")
                .add("representationtype", "full")
                .add("version", Integer.toString(publication.getVersion()))
                .add("firstcreated", time(publication.getFirstPublishedAt()))
                .add("versioncreated", time(publication.getUpdatedAt()))
                .add("pubstatus", publication.isKilled() ? "canceled" : "usable")
                .add("slugline", publication.getSlug())
                .add("copyrightholder", newsroom)
                .add("altids", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("role", "copydesk").add("value", publication.getArticleId().toString())));
        if (publication.getEmbargoedUntil() != null) {
            item.add("embargoed", time(publication.getEmbargoedUntil()));
        }
        if (publication.getLanguage() != null) {
            item.add("language", publication.getLanguage());
        }
        if (publication.isKilled()) {
            item.add("ednote", "Withdrawn: " + publication.getKillNotice())
                    .add("headlines", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                            .add("role", "main").add("value", "Withdrawn: " + publication.getHeadline())))
                    .add("bodies", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                            .add("role", "main").add("contenttype", "text/plain")
                            .add("value", publication.getKillNotice())));
            return item.build();
        }
        String notes = correctionNotes(versions);
        if (!notes.isEmpty()) {
            item.add("ednote", notes);
        }
        return item
                .add("headlines", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("role", "main").add("value", publication.getHeadline())))
                .add("bodies", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("role", "main").add("contenttype", "text/plain").add("value", publication.getBody())))
                .add("infosources", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("name", publication.getSource()).add("role", "source")))
                .build();
    }

    /** A Standard Webhooks payload: the event's type, when it happened, and the ninjs item. */
    public String webhookBody(String type, Instant at, JsonObject ninjs) {
        return JSON.createObjectBuilder().add("type", type).add("timestamp", time(at)).add("data", ninjs).build()
                .toString();
    }

    /** The text of the feed entry: the opening of the article and its corrections, or the kill notice. */
    public String feedEntry(Publication publication, List<PublicationVersion> versions) {
        if (publication.isKilled()) {
            return "This article has been withdrawn. " + publication.getKillNotice();
        }
        String opening = paragraphs(publication.getBody()).stream().findFirst().orElse("");
        if (opening.length() > 600) {
            opening = opening.substring(0, 600).replaceAll("\\s+\\S*$", "") + " …";
        }
        String notes = correctionNotes(versions);
        return notes.isEmpty() ? opening : opening + "\n\n" + notes;
    }

    /** The public page: headline, paragraphs and correction notes as text; NewsArticle and ClaimReview as JSON-LD. */
    public String page(Publication publication, List<PublicationVersion> versions, List<JsonObject> claimReviews) {
        Document page = Document.createShell(pageUrl(publication));
        page.outputSettings().charset("UTF-8");
        Element html = page.selectFirst("html");
        if (publication.getLanguage() != null) {
            html.attr("lang", publication.getLanguage());
        }
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("link").attr("rel", "canonical").attr("href", pageUrl(publication));
        Element body = page.body();
        Element article = body.appendElement("article");
        if (publication.isKilled()) {
            page.title("Withdrawn: " + publication.getHeadline());
            head.appendElement("meta").attr("name", "robots").attr("content", "noindex");
            article.appendElement("h1").text("This article has been withdrawn");
            article.appendElement("p").addClass("kill-notice").text(publication.getKillNotice());
            return page.outerHtml();
        }
        page.title(publication.getHeadline());
        jsonLd(head, newsArticle(publication, versions));
        claimReviews.forEach(review -> jsonLd(head, review));
        article.appendElement("h1").text(publication.getHeadline());
        article.appendElement("p").addClass("dateline").appendElement("time")
                .attr("datetime", time(publication.getFirstPublishedAt()))
                .text(time(publication.getFirstPublishedAt()));
        for (String paragraph : paragraphs(publication.getBody())) {
            article.appendElement("p").text(paragraph);
        }
        List<PublicationVersion> corrected = versions.stream().filter(v -> v.getCorrectionNote() != null).toList();
        if (!corrected.isEmpty()) {
            Element section = article.appendElement("section").addClass("corrections");
            section.appendElement("h2").text("Corrections");
            Element list = section.appendElement("ul");
            for (PublicationVersion version : corrected) {
                Element item = list.appendElement("li");
                item.appendElement("time").attr("datetime", time(version.getPublishedAt()))
                        .text(time(version.getPublishedAt()));
                item.appendText(": " + version.getCorrectionNote());
            }
        }
        return page.outerHtml();
    }

    JsonObject newsArticle(Publication publication, List<PublicationVersion> versions) {
        JsonObjectBuilder article = JSON.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "NewsArticle")
                .add("headline", publication.getHeadline())
                .add("url", pageUrl(publication))
                .add("mainEntityOfPage", pageUrl(publication))
                .add("datePublished", time(publication.getFirstPublishedAt()))
                .add("dateModified", time(publication.getUpdatedAt()))
                .add("publisher", JSON.createObjectBuilder().add("@type", "Organization").add("name", newsroom)
                        .add("url", base()));
        if (publication.getLanguage() != null) {
            article.add("inLanguage", publication.getLanguage());
        }
        List<PublicationVersion> corrected = versions.stream().filter(v -> v.getCorrectionNote() != null).toList();
        if (!corrected.isEmpty()) {
            JsonArrayBuilder corrections = JSON.createArrayBuilder();
            corrected.forEach(v -> corrections.add(JSON.createObjectBuilder().add("@type", "CorrectionComment")
                    .add("text", v.getCorrectionNote()).add("datePublished", time(v.getPublishedAt()))));
            article.add("correction", corrections);
        }
        return article.build();
    }

    private static void jsonLd(Element head, JsonObject document) {
        // "<" escaped inside the JSON: no text of the article can close the script element
        head.appendElement("script").attr("type", "application/ld+json")
                .appendChild(new DataNode(document.toString().replace("<", "\\u003c")));
    }

    static String correctionNotes(List<PublicationVersion> versions) {
        return String.join("\n", versions.stream().filter(v -> v.getCorrectionNote() != null)
                .map(v -> "Correction (" + time(v.getPublishedAt()) + "): " + v.getCorrectionNote()).toList());
    }

    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\n\\s*\\n|\\r?\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    static String time(Instant at) {
        return ISO.format(at.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}

package org.copydesk.publish.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.copydesk.publish.entity.Publication;
import org.copydesk.publish.entity.PublicationVersion;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class RenditionsTest {

    private static final String HOSTILE = "Budget </script><script>alert(1)</script> <img src=x onerror=alert(2)>";

    private final Renditions renditions = renditions();

    @Test
    void markupInTheArticleIsShownAsTextAndNeverRuns() {
        Publication publication = publication(HOSTILE, "First paragraph " + HOSTILE + "\n\nSecond paragraph.");
        Document page = Jsoup.parse(renditions.page(publication, List.of(new PublicationVersion(publication, null,
                "publisher")), List.of()));
        assertEquals(1, page.select("script").size(), "only the JSON-LD");
        assertEquals("application/ld+json", page.selectFirst("script").attr("type"));
        assertTrue(page.select("img, [onerror]").isEmpty());
        assertEquals(HOSTILE, page.selectFirst("h1").text());
        assertEquals(2, page.select("article > p:not(.dateline)").size());
        JsonObject newsArticle = Json.createReader(new StringReader(page.selectFirst("script").data())).readObject();
        assertEquals(HOSTILE, newsArticle.getString("headline"));
        assertFalse(page.selectFirst("script").data().contains("</script"));
    }

    @Test
    void correctionNotesGoToThePageTheNinjsItemAndTheNewsArticle() {
        Publication publication = publication("Harbour closed", "Ferries stayed in port.");
        PublicationVersion first = new PublicationVersion(publication, null, "publisher");
        publication.correct("Harbour closed for two days", "Ferries stayed in port for two days.",
                Instant.parse("2030-01-02T10:00:00Z"));
        PublicationVersion second = new PublicationVersion(publication, "The closure lasted two days.", "publisher");
        List<PublicationVersion> versions = List.of(first, second);
        JsonObject ninjs = renditions.ninjs(publication, versions);
        assertEquals("2", ninjs.getString("version"));
        assertTrue(ninjs.getString("ednote").contains("The closure lasted two days."));
        assertEquals("https://news.example/articles/" + publication.getSlug(), ninjs.getString("uri"));
        Document page = Jsoup.parse(renditions.page(publication, versions, List.of()));
        assertTrue(page.select("section.corrections li").text().contains("The closure lasted two days."));
        assertTrue(renditions.newsArticle(publication, versions).getJsonArray("correction").size() == 1);
    }

    @Test
    void aKilledArticleLeavesOnlyItsNotice() {
        Publication publication = publication("Harbour closed", "Ferries stayed in port.");
        publication.kill("Withdrawn on legal advice.", Instant.parse("2030-01-02T10:00:00Z"));
        String page = renditions.page(publication, List.of(), List.of());
        assertTrue(page.contains("Withdrawn on legal advice."));
        assertFalse(page.contains("Ferries"));
        JsonObject ninjs = renditions.ninjs(publication, List.of());
        assertEquals("canceled", ninjs.getString("pubstatus"));
        assertFalse(ninjs.toString().contains("Ferries"));
    }

    @Test
    void slugsAreReadableAndStable() {
        UUID id = UUID.fromString("12345678-aaaa-bbbb-cccc-1234567890ab");
        assertEquals("les-eleves-du-lycee-reussissent-12345678", Slugs.of("Les élèves du lycée réussissent !", id));
        assertEquals("12345678", Slugs.of("!!!", id));
    }

    private static Publication publication(String headline, String body) {
        return new Publication(UUID.randomUUID(), Slugs.of(headline, UUID.randomUUID()), headline, body, "en", "wire",
                null, Instant.parse("2030-01-01T10:00:00Z"));
    }

    private static Renditions renditions() {
        Renditions renditions = new Renditions();
        renditions.publicUrl = "https://news.example/";
        renditions.newsroom = "Example newsroom";
        return renditions;
    }
}

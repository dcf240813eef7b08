package org.copydesk.portal.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.copydesk.portal.control.ApiRefusal;
import org.copydesk.portal.control.PersonsApi;
import org.copydesk.portal.entity.AuditAnchor;
import org.copydesk.portal.entity.AuditCheck;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The admin console's audit page: re-verify the trail, anchor the chains' heads, export a trail. */
@Named
@ViewScoped
public class AuditConsole implements Serializable {

    private static final int ANCHORS_SHOWN = 10;

    @Inject
    PersonsApi api;

    private AuditCheck check;
    private List<AuditAnchor> anchors = List.of();
    private String article;
    private String from;
    private String to;
    private String format = "csv";

    public void load() {
        try {
            anchors = api.admin().anchors(ANCHORS_SHOWN);
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
        }
    }

    public void verify() {
        try {
            check = api.admin().verifyAudit();
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
        }
    }

    public void anchor() {
        try {
            AuditAnchor anchor = api.admin().anchor();
            Messages.info("audit.anchored", anchor.getId(), anchor.getChains());
            anchors = api.admin().anchors(ANCHORS_SHOWN);
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
        }
    }

    /** The export as the API gives it, handed to the browser as a file. */
    public StreamedContent getExport() {
        try {
            byte[] content = api.admin().exportAudit(blankToNull(article), blankToNull(from), blankToNull(to), format)
                    .getBytes(StandardCharsets.UTF_8);
            return DefaultStreamedContent.builder()
                    .name("audit-" + (blankToNull(article) == null ? "entries" : article.strip()) + "." + format)
                    .contentType(format.equals("csv") ? "text/csv; charset=UTF-8" : "application/json")
                    .stream(() -> new ByteArrayInputStream(content))
                    .build();
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public AuditCheck getCheck() {
        return check;
    }

    public List<AuditAnchor> getAnchors() {
        return anchors;
    }

    public String getArticle() {
        return article;
    }

    public void setArticle(String article) {
        this.article = article;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }
}

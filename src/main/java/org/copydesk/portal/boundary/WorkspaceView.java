package org.copydesk.portal.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.copydesk.portal.control.ApiRefusal;
import org.copydesk.portal.control.PersonsApi;
import org.copydesk.portal.control.TextMarks;
import org.copydesk.portal.entity.Article;
import org.copydesk.portal.entity.Claim;
import org.copydesk.portal.entity.Comment;
import org.copydesk.portal.entity.Decision;
import org.copydesk.portal.entity.DiffRow;
import org.copydesk.portal.entity.EditConflict;
import org.copydesk.portal.entity.Finding;
import org.copydesk.portal.entity.InboxResult;
import org.copydesk.portal.entity.InboxRow;
import org.copydesk.portal.entity.NewComment;
import org.copydesk.portal.entity.Task;
import org.copydesk.portal.entity.TextPiece;
import org.copydesk.portal.entity.Verdict;
import org.copydesk.portal.entity.Version;

/**
 * One article as a reviewer works on it: the text with its claims and the ledger beside it, the original with
 * triage's findings, the versions, and the open task with its decisions. Every read and every action is one call
 * to the workflow API as the person; a page costs the same few calls whatever the article holds.
 */
@Named
@ViewScoped
public class WorkspaceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonsApi api;

    @Inject
    Who who;

    private String articleId;
    private String targetClaim;
    private Article article;
    private String original;
    private List<Claim> claims = List.of();
    private List<Finding> findings = List.of();
    private List<Version> versions = List.of();
    private Task task;
    private String loadRefusal;
    private final Map<String, Verdict> verdicts = new HashMap<>();
    private String comment;
    private String editedText;
    private List<String> blockingClaims = List.of();
    private Integer diffFrom;
    private Integer diffTo;
    private List<DiffRow> diff = List.of();
    private List<Comment> comments = List.of();
    private String newComment;
    private Integer baseVersion;
    private EditConflict editConflict;

    /** Reads the article and all that comes with it; called by the page's view action. */
    public void load() {
        if (articleId == null || articleId.isBlank()) {
            loadRefusal = "No article given";
            return;
        }
        try {
            // versions before the text: an edit made in between makes the base older, never newer, than the text
            versions = api.get().versions(articleId);
            article = api.get().article(articleId);
            original = api.get().original(articleId);
            findings = api.get().findings(articleId);
            claims = api.get().claims(articleId);
            comments = who.isReviewer() ? api.get().comments(articleId) : List.of();
            task = who.isReviewer() ? api.get().tasksOf(articleId).stream().findFirst().orElse(null) : null;
            loadRefusal = null;
        } catch (ApiRefusal refused) {
            loadRefusal = refused.getMessage();
            return;
        }
        verdicts.clear();
        for (Claim claim : claims) {
            Verdict verdict = new Verdict();
            verdict.setStatus(claim.getStatus());
            verdict.setEvidence(claim.getEvidence());
            verdict.setCorrection(claim.getCorrection());
            verdicts.put(claim.getId(), verdict);
        }
        editedText = article.getText();
        baseVersion = versions.isEmpty() ? null : versions.get(versions.size() - 1).getNumber();
        if (versions.size() > 1 && diffTo == null) {
            diffTo = versions.get(versions.size() - 1).getNumber();
            diffFrom = versions.get(versions.size() - 2).getNumber();
        }
    }

    public void claimTask() {
        act(() -> api.get().claim(task.getId()), "claimed");
    }

    public void unclaimTask() {
        act(() -> api.get().unclaim(task.getId()), "unclaimed");
    }

    public void decide(String decision) {
        Decision body = new Decision();
        body.setDecision(decision);
        body.setComment(comment == null || comment.isBlank() ? null : comment.strip());
        if (isTextEditable() && !"reject".equals(decision) && !"duplicate".equals(decision)
                && editedText != null && !editedText.equals(article.getText())) {
            body.setText(editedText);
            body.setBaseVersion(baseVersion);
        }
        blockingClaims = List.of();
        editConflict = null;
        try {
            api.get().complete(task.getId(), body);
            Messages.info("ws.decided", Messages.text("decision." + decision));
            comment = null;
        } catch (ApiRefusal refused) {
            blockingClaims = refused.blockingClaims();
            Messages.refused(refused);
            editConflict = refused.editConflict().orElse(null);
        }
        load();
        if (editConflict != null) {
            // the editor's work stays in the box; saving it again is a choice made with both texts in view
            editedText = editConflict.getYourText();
        }
    }

    public void addComment() {
        NewComment body = new NewComment();
        body.setBody(newComment);
        try {
            api.get().comment(articleId, body);
            Messages.info("ws.commented");
            newComment = null;
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
        }
        load();
    }

    /** The first task waiting for the person after this one, in the inbox's order; the inbox when none is left. */
    public String nextTask() {
        try {
            InboxResult waiting = api.get().inbox("available", null, null, null, null, null, "priority", 0, 2);
            return waiting.getItems().stream().map(InboxRow::getArticleId)
                    .filter(id -> !id.equals(articleId)).findFirst()
                    .map(id -> "workspace?faces-redirect=true&article=" + id)
                    .orElseGet(() -> {
                        Messages.info("ws.noNextTask");
                        return null;
                    });
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
            return null;
        }
    }

    /** A comment's text cut at the people it mentions, so that the page marks them. */
    public List<TextPiece> commentPieces(Comment comment) {
        return TextMarks.mentions(comment.getBody(), comment.getMentions());
    }

    public void rate(Claim claim) {
        Verdict verdict = verdicts.get(claim.getId());
        Verdict body = new Verdict();
        body.setStatus(verdict.getStatus());
        body.setEvidence(blankToNull(verdict.getEvidence()));
        body.setCorrection(blankToNull(verdict.getCorrection()));
        act(() -> api.get().rate(articleId, claim.getId(), body), "ws.rated");
    }

    public void restore(String findingId) {
        act(() -> api.get().restore(articleId, findingId), "ws.restored");
    }

    public void showDiff() {
        if (diffFrom == null || diffTo == null || diffFrom.equals(diffTo)) {
            diff = List.of();
            return;
        }
        try {
            diff = TextMarks.sideBySide(api.get().diff(articleId, Math.max(diffFrom, diffTo), Math.min(diffFrom, diffTo)));
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
        }
    }

    private void act(Runnable call, String done) {
        blockingClaims = List.of();
        try {
            call.run();
            Messages.info(done, article.getTitle());
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
        }
        load();
    }

    public List<TextPiece> getTextPieces() {
        return article == null ? List.of() : TextMarks.claims(article.getText(), claims);
    }

    public List<TextPiece> getOriginalPieces() {
        return original == null ? List.of() : TextMarks.findings(original, findings);
    }

    public boolean isHoldingTask() {
        return task != null && Objects.equals(task.getAssignee(), who.getName());
    }

    /** Whether the person holds the fact-check task, the only time the API takes verdicts from them. */
    public boolean isRating() {
        return isHoldingTask() && "factCheck".equals(task.getTaskKey());
    }

    public boolean isTextEditable() {
        return isHoldingTask() && ("triage".equals(task.getTaskKey()) || "revision".equals(task.getTaskKey()));
    }

    public boolean isRestorable() {
        return who.isTriageEditor() && article != null
                && !"PUBLISHED".equals(article.getState()) && !"REJECTED".equals(article.getState());
    }

    public boolean isTarget(Claim claim) {
        return claim.getId().equals(targetClaim);
    }

    public long getUncheckedCount() {
        return claims.stream().filter(claim -> "UNCHECKED".equals(claim.getStatus())).count();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getArticleId() {
        return articleId;
    }

    public void setArticleId(String articleId) {
        this.articleId = articleId;
    }

    public String getTargetClaim() {
        return targetClaim;
    }

    public void setTargetClaim(String targetClaim) {
        this.targetClaim = targetClaim;
    }

    public Article getArticle() {
        return article;
    }

    public List<Claim> getClaims() {
        return claims;
    }

    public List<Finding> getFindings() {
        return findings;
    }

    public List<Version> getVersions() {
        return versions;
    }

    public Task getTask() {
        return task;
    }

    public String getLoadRefusal() {
        return loadRefusal;
    }

    public Map<String, Verdict> getVerdicts() {
        return verdicts;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getEditedText() {
        return editedText;
    }

    public void setEditedText(String editedText) {
        this.editedText = editedText;
    }

    public List<String> getBlockingClaims() {
        return blockingClaims;
    }

    public Integer getDiffFrom() {
        return diffFrom;
    }

    public void setDiffFrom(Integer diffFrom) {
        this.diffFrom = diffFrom;
    }

    public Integer getDiffTo() {
        return diffTo;
    }

    public void setDiffTo(Integer diffTo) {
        this.diffTo = diffTo;
    }

    public List<Comment> getComments() {
        return comments;
    }

    public String getNewComment() {
        return newComment;
    }

    public void setNewComment(String newComment) {
        this.newComment = newComment;
    }

    public Integer getBaseVersion() {
        return baseVersion;
    }

    public EditConflict getEditConflict() {
        return editConflict;
    }

    public List<DiffRow> getDiff() {
        return diff;
    }
}

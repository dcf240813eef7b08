package org.copydesk.triage.entity;

/** A finding as the triage editor sees it, with the flagged text quoted from the original. */
public record FindingView(String id, FindingKind kind, Severity severity, int start, int end, String text,
                          String explanation, boolean removed, String relatedArticleId) {

    static final int QUOTE_LIMIT = 500;

    public static FindingView of(ArticleFinding finding, String original) {
        String text = finding.getEnd() <= original.length()
                ? original.substring(finding.getStart(), finding.getEnd()) : "";
        if (text.length() > QUOTE_LIMIT) {
            text = text.substring(0, QUOTE_LIMIT) + "…";
        }
        return new FindingView(finding.getId().toString(), finding.getKind(), finding.getSeverity(),
                finding.getStart(), finding.getEnd(), text, finding.getExplanation(), finding.isRemoved(),
                finding.getRelatedArticleId() == null ? null : finding.getRelatedArticleId().toString());
    }
}

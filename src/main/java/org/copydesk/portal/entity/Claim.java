package org.copydesk.portal.entity;

import java.time.Instant;
import java.util.List;

/** A claim of the ledger with its spans in the working text and its verdict. Pages read it through getters, hence a class rather than a record. */
public class Claim implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private String id;
    private int position;
    private String kind;
    private String sentence;
    private int start;
    private int end;
    private int phraseStart;
    private int phraseEnd;
    private int textVersion;
    private String language;
    private String subjectKey;
    private String value;
    private String speaker;
    private String status;
    private String evidence;
    private String correction;
    private String ratedBy;
    private Instant ratedAt;
    private List<ClaimLink> contradictions;
    private List<ClaimLink> agreements;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSentence() {
        return sentence;
    }

    public void setSentence(String sentence) {
        this.sentence = sentence;
    }

    public int getStart() {
        return start;
    }

    public void setStart(int start) {
        this.start = start;
    }

    public int getEnd() {
        return end;
    }

    public void setEnd(int end) {
        this.end = end;
    }

    public int getPhraseStart() {
        return phraseStart;
    }

    public void setPhraseStart(int phraseStart) {
        this.phraseStart = phraseStart;
    }

    public int getPhraseEnd() {
        return phraseEnd;
    }

    public void setPhraseEnd(int phraseEnd) {
        this.phraseEnd = phraseEnd;
    }

    public int getTextVersion() {
        return textVersion;
    }

    public void setTextVersion(int textVersion) {
        this.textVersion = textVersion;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public void setSubjectKey(String subjectKey) {
        this.subjectKey = subjectKey;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getSpeaker() {
        return speaker;
    }

    public void setSpeaker(String speaker) {
        this.speaker = speaker;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getCorrection() {
        return correction;
    }

    public void setCorrection(String correction) {
        this.correction = correction;
    }

    public String getRatedBy() {
        return ratedBy;
    }

    public void setRatedBy(String ratedBy) {
        this.ratedBy = ratedBy;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }

    public void setRatedAt(Instant ratedAt) {
        this.ratedAt = ratedAt;
    }

    public List<ClaimLink> getContradictions() {
        return contradictions;
    }

    public void setContradictions(List<ClaimLink> contradictions) {
        this.contradictions = contradictions;
    }

    public List<ClaimLink> getAgreements() {
        return agreements;
    }

    public void setAgreements(List<ClaimLink> agreements) {
        this.agreements = agreements;
    }
}

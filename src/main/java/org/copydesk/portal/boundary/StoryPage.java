package org.copydesk.portal.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.copydesk.portal.control.ApiRefusal;
import org.copydesk.portal.control.PersonsApi;
import org.copydesk.portal.control.SubjectLabels;
import org.copydesk.portal.entity.Claim;
import org.copydesk.portal.entity.ComparisonRow;
import org.copydesk.portal.entity.Story;
import org.copydesk.portal.entity.StoryMember;

/**
 * A story: its articles side by side, and a table with one row per claim subject and one column per article, in
 * whatever languages they were written; the subject keys are language-independent, so rows line up across them.
 */
@Named("storyPage")
@RequestScoped
public class StoryPage {

    /** Columns a screen can hold; the rest of a large story is listed above the table. */
    static final int MAX_COMPARED = 8;

    @Inject
    PersonsApi api;

    private String storyId;
    private Story story;
    private List<StoryMember> compared = List.of();
    private List<ComparisonRow> rows = List.of();
    private String refusal;

    public void load() {
        try {
            story = api.get().story(storyId);
            compared = story.getArticles().stream().limit(MAX_COMPARED).toList();
            Map<String, List<Set<String>>> bySubject = new TreeMap<>();
            for (int column = 0; column < compared.size(); column++) {
                for (Claim claim : api.get().claims(compared.get(column).getId())) {
                    if (claim.getSubjectKey() == null || claim.getValue() == null) {
                        continue;
                    }
                    List<Set<String>> cells = bySubject.computeIfAbsent(claim.getSubjectKey(), key -> emptyCells());
                    cells.get(column).add(claim.getValue());
                }
            }
            List<ComparisonRow> table = new ArrayList<>();
            bySubject.forEach((subject, cells) -> {
                long distinct = cells.stream().filter(cell -> !cell.isEmpty()).map(Set::toString).distinct().count();
                table.add(new ComparisonRow(subject, SubjectLabels.readable(subject), cells.stream().map(cell -> String.join("; ", cell)).toList(),
                        distinct > 1));
            });
            table.sort((a, b) -> Boolean.compare(b.isDisagreement(), a.isDisagreement()));
            rows = table;
        } catch (ApiRefusal refused) {
            refusal = refused.getMessage();
        }
    }

    private List<Set<String>> emptyCells() {
        List<Set<String>> cells = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            cells.add(new LinkedHashSet<>());
        }
        return cells;
    }

    public String getStoryId() {
        return storyId;
    }

    public void setStoryId(String storyId) {
        this.storyId = storyId;
    }

    public Story getStory() {
        return story;
    }

    public String getLanguages() {
        return story == null ? "" : String.join(", ", story.getLanguages()).toUpperCase(java.util.Locale.ROOT);
    }

    public List<StoryMember> getCompared() {
        return compared;
    }

    public List<ComparisonRow> getRows() {
        return rows;
    }

    public String getRefusal() {
        return refusal;
    }
}

package org.copydesk.triage.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class StoryFingerprintTest {

    @Test
    void sharedWeightIsMeasuredAgainstTheSmallerFingerprint() {
        StoryFingerprint brief = new StoryFingerprint(Map.of("name:lecun", 2.0, "acronym:fair", 2.0));
        StoryFingerprint feature = new StoryFingerprint(Map.of("name:lecun", 4.0, "acronym:fair", 2.0,
                "name:meta", 4.0, "year:2013", 1.0));

        assertThat(brief.similarity(feature)).isEqualTo(1.0);
        assertThat(feature.similarity(brief)).isEqualTo(1.0);
        assertThat(brief.sameStoryAs(feature)).isTrue();
    }

    @Test
    void nothingInCommonIsAnotherStory() {
        StoryFingerprint a = new StoryFingerprint(Map.of("name:lecun", 2.0));
        StoryFingerprint b = new StoryFingerprint(Map.of("name:macron", 2.0));

        assertThat(a.similarity(b)).isZero();
        assertThat(a.similarity(new StoryFingerprint(Map.of()))).isZero();
    }

    @Test
    void figuresAloneNeverMakeTwoArticlesOneStory() {
        StoryFingerprint budget = new StoryFingerprint(Map.of("number:12", 0.5, "year:2027", 0.5));
        StoryFingerprint harbour = new StoryFingerprint(Map.of("number:12", 0.5, "name:vardymizh", 2.0,
                "year:2025", 0.5));
        StoryFingerprint budgetAgain = new StoryFingerprint(Map.of("number:12", 0.5, "number:31", 0.5,
                "name:council", 2.0));

        assertThat(budget.similarity(harbour)).isGreaterThanOrEqualTo(StoryFingerprint.SAME_STORY_THRESHOLD);
        assertThat(budget.sameStoryAs(harbour)).isFalse();
        assertThat(budget.sameStoryAs(budgetAgain)).isFalse();
        assertThat(budgetAgain.sameStoryAs(new StoryFingerprint(Map.of("name:council", 2.0, "number:31", 0.5))))
                .isTrue();
    }

    @Test
    void findingSpanMustBeOrdered() {
        assertThatThrownBy(() -> new Finding(FindingKind.SPLICE, Severity.LOW, 5, 2, "why", true))
                .isInstanceOf(IllegalArgumentException.class);
        Finding finding = new Finding(FindingKind.SPLICE, Severity.LOW, 2, 5, "why", true);
        assertThat(finding.withRemoved(false).removed()).isFalse();
        assertThat(finding.covers(2, 5)).isTrue();
        assertThat(finding.overlaps(5, 9)).isFalse();
    }

    @Test
    void priorityIsRaisedOneStepAtATime() {
        assertThat(Priority.NORMAL.raised()).isEqualTo(Priority.HIGH);
        assertThat(Priority.URGENT.raised()).isEqualTo(Priority.URGENT);
    }
}

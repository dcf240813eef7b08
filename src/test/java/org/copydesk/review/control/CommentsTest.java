package org.copydesk.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CommentsTest {

    private static final Set<String> REALM = Set.of("triage", "factchecker", "j.doe", "publisher");

    @Test
    void aMentionIsAKnownUsernameAfterAnAtSign() {
        assertThat(Comments.mentionsIn("@FactChecker and @j.doe, please look; cc @publisher.", REALM))
                .containsExactly("factchecker", "j.doe", "publisher");
    }

    @Test
    void anUnknownNameAnEmailAddressAndARepeatAreNotMentions() {
        assertThat(Comments.mentionsIn("@nobody wrote to triage@example.org; @triage @triage", REALM))
                .containsExactly("triage");
        assertThat(Comments.mentionsIn("no mention at all @ here", REALM)).isEmpty();
    }
}

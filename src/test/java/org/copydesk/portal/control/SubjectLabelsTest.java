package org.copydesk.portal.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectLabelsTest {

    @Test
    void aSubjectKeyReadsAsEntityAttributeAndFacet() {
        assertThat(SubjectLabels.readable("varojgath-motors|layoffs|count")).isEqualTo("Varojgath Motors — layoffs (count)");
        assertThat(SubjectLabels.readable("varojgath|role:chief-executive-officer"))
                .isEqualTo("Varojgath — role: chief executive officer");
        assertThat(SubjectLabels.readable("lyon|year")).isEqualTo("Lyon — year");
        assertThat(SubjectLabels.readable("lecun")).isEqualTo("Lecun");
        assertThat(SubjectLabels.readable(null)).isEmpty();
    }
}

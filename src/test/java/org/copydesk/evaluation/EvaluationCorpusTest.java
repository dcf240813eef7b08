package org.copydesk.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.copydesk.it.StandalonePersistence;
import org.junit.jupiter.api.Test;

/**
 * The guard on automatic triage and fact-check quality: the project's own labelled corpus, scored in every
 * arrival order, must stay at or above the thresholds kept beside it. A change that loses quality fails here
 * with the figures and the misses.
 */
class EvaluationCorpusTest {

    @Test
    void ownCorpusScoresAtOrAboveItsThresholds() throws URISyntaxException {
        StandalonePersistence.quietLogging();
        Path corpus = Path.of(EvaluationCorpusTest.class.getResource("/evaluation-corpus").toURI());
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        CorpusScore.Result result = CorpusScore.score(corpus, new PrintStream(report, true, StandardCharsets.UTF_8));

        assertThat(result.thresholds()).as("thresholds of the own corpus").isNotEmpty();
        assertThat(result.failures()).as(report.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}

package org.copydesk.triage.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.triage.entity.NearDuplicateSignature;
import org.copydesk.triage.entity.TriageReport;
import org.junit.jupiter.api.Test;

class MinHashTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

    @Test
    void signatureHasTheDocumentedShapeAndIsStable() {
        String text = TestArticles.sample("002_51005e4b663ca4c8.txt");
        NearDuplicateSignature first = MinHash.sign(text);

        assertThat(first.minHash()).hasSize(MinHash.HASHES);
        assertThat(first.bandKeys()).hasSize(MinHash.BANDS).doesNotHaveDuplicates();
        assertThat(first.contentSha256()).hasSize(64).matches("[0-9a-f]+");
        assertThat(MinHash.sign(text)).isEqualTo(first);
    }

    @Test
    void republishedCopyWithFurnitureIsANearDuplicateCandidate() {
        String original = TestArticles.sample("002_51005e4b663ca4c8.txt");
        String republished = "Breaking: LeCun leaves Meta\n\n5 min read\n\n"
                + original.replace("pivotal time", "crucial moment").replace("Significantly, ", "")
                + "\n\nShare\n\nRead more";
        TriageReport a = ANALYZER.analyze(original, "text/plain");
        TriageReport b = ANALYZER.analyze(republished, "text/plain");

        assertThat(MinHash.similarity(a.signature(), b.signature())).isGreaterThan(0.8);
        assertThat(MinHash.areCandidates(a.signature(), b.signature())).isTrue();
        assertThat(a.signature().contentSha256()).isNotEqualTo(b.signature().contentSha256());
    }

    @Test
    void bodyPrintedTwiceHasTheSameSignatureAsTheCleanCopy() {
        String doubled = TestArticles.sample("003_7e61ead925937b9a.txt");
        String clean = doubled.substring(0, doubled.indexOf("Voir l'original")).strip();
        TriageReport a = ANALYZER.analyze(clean, "text/plain");
        TriageReport b = ANALYZER.analyze(doubled, "text/plain");

        assertThat(MinHash.similarity(a.signature(), b.signature())).isGreaterThan(0.9);
    }

    @Test
    void differentArticlesAboutTheSameEventAreNotNearDuplicates() {
        NearDuplicateSignature a = MinHash.sign(TestArticles.sample("000_c07d0c8b38be55d4.txt"));
        NearDuplicateSignature b = MinHash.sign(TestArticles.sample("002_51005e4b663ca4c8.txt"));

        assertThat(MinHash.similarity(a, b)).isLessThan(0.1);
        assertThat(MinHash.areCandidates(a, b)).isFalse();
    }

    @Test
    void identicalWorkingTextsShareTheContentHash() {
        assertThat(MinHash.sign("Same text.").contentSha256()).isEqualTo(MinHash.sign("Same text.").contentSha256())
                .isEqualTo(MinHash.sha256("Same text."));
    }
}

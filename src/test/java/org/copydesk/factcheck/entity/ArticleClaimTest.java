package org.copydesk.factcheck.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ArticleClaimTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void everyKindOfValueSurvivesItsColumns() {
        List<ClaimValue> values = List.of(new Quantity(new BigDecimal("14.3e9"), "USD", false),
                new Quantity(BigDecimal.valueOf(600), "jobs", true), new CalendarDate(2018, 3, 27),
                CalendarDate.ofYear(1989), new Label("chief ai scientist"), new Quotation("Nah, I'm out.", "LeCun"));
        for (ClaimValue value : values) {
            assertEquals(value, StoredValue.of(value).toValue());
        }
        assertEquals("14300000000 USD", StoredValue.of(values.get(0)).display());
        assertEquals("~600 jobs", StoredValue.of(values.get(1)).display());
        assertEquals("2018-03-27", StoredValue.of(values.get(2)).display());
        assertEquals("12.6%", StoredValue.of(new Quantity(new BigDecimal("12.6"), "%", false)).display());
    }

    @Test
    void theSubjectKeyComesBackWhole() {
        ArticleClaim stored = claim("The award came in 2018.", new SubjectKey("lecun", "award:turing", "year"));
        assertEquals("lecun|award:turing|year", stored.getSubjectKey());
        assertEquals(new SubjectKey("lecun", "award:turing", "year"), stored.toClaim().subjectKey());
    }

    @Test
    void theSameStatementExtractedAgainHasTheSameIdentity() {
        SubjectKey key = new SubjectKey("lecun", "award:turing", "year");
        assertEquals(claim("The award came in 2018.", key).identity(), claim("The award came in 2018.", key).identity());
        assertNotEquals(claim("The award came in 2018.", key).identity(),
                claim("The award came in 2019.", key).identity());
    }

    @Test
    void approvalWaitsForUncheckedClaimsAndFalseOnesWithoutCorrection() {
        ArticleClaim claim = claim("The award came in 2019.", new SubjectKey("lecun", "award:turing", "year"));
        assertTrue(claim.blocksApproval());
        claim.rate(ClaimStatus.FALSE, "https://example.org", null, "fc", null, NOW, "{}");
        assertTrue(claim.blocksApproval());
        claim.rate(ClaimStatus.FALSE, "https://example.org", "It was 2018.", "fc", null, NOW, "{}");
        assertFalse(claim.blocksApproval());
        for (ClaimStatus settled : List.of(ClaimStatus.VERIFIED, ClaimStatus.DISPUTED, ClaimStatus.UNVERIFIABLE)) {
            claim.rate(settled, "note", null, "fc", null, NOW, null);
            assertFalse(claim.blocksApproval(), settled::toString);
        }
    }

    @Test
    void statusesAreReadWhateverTheirCase() {
        assertEquals(ClaimStatus.FALSE, ClaimStatus.parse(" false ").orElseThrow());
        assertTrue(ClaimStatus.parse("confirmed").isEmpty());
        assertTrue(ClaimStatus.parse(null).isEmpty());
    }

    private static ArticleClaim claim(String sentence, SubjectKey key) {
        Claim claim = new Claim(0, 0, sentence.length(), 0, 4, ClaimKind.YEAR,
                CalendarDate.ofYear(Integer.parseInt(sentence.replaceAll("\\D", ""))), key, sentence, "en");
        return new ArticleClaim(UUID.randomUUID(), 1, claim, "lecun|award:turing", NOW);
    }
}

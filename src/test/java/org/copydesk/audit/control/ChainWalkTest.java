package org.copydesk.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.copydesk.audit.entity.AuditSeal;
import org.copydesk.audit.entity.ChainBreak;
import org.copydesk.audit.entity.ChainLink;
import org.junit.jupiter.api.Test;

class ChainWalkTest {

    private static final String ARTICLE = "7d3c1a52-4c1e-4f51-9c0a-2f6f0b6e4a11";
    private final AuditSeal seal = new AuditSeal();

    @Test
    void sealedChainsHold() {
        List<ChainLink> links = new ArrayList<>(chain(ARTICLE, 1, 4));
        links.addAll(chain("refusals", 100, 2));
        assertNull(walk(links, Map.of()));
    }

    @Test
    void anEditedFieldBreaksItsEntry() {
        List<ChainLink> links = chain(ARTICLE, 1, 3);
        ChainLink second = links.get(1);
        links.set(1, new ChainLink(second.id(), second.chainKey(), second.chainSeq(), second.articleId(), "mallory",
                second.actorSubject(), second.action(), second.fromState(), second.toState(), second.taskId(),
                second.taskKey(), second.detail(), second.occurredAt(), second.previousHash(), second.entryHash()));
        ChainBreak found = walk(links, Map.of());
        assertEquals(second.id(), found.entryId());
        assertEquals(ARTICLE, found.articleId());
        assertEquals("content no longer matches its seal", found.problem());
    }

    @Test
    void aDeletedEntryBreaksTheOneAfterIt() {
        List<ChainLink> links = chain(ARTICLE, 1, 3);
        links.remove(1);
        ChainBreak found = walk(links, Map.of());
        assertEquals(3L, found.entryId());
        assertTrue(found.problem().startsWith("entries missing before position 3"), found.problem());
    }

    @Test
    void aTailCutAfterAnAnchorIsFoundOnlyWithTheAnchor() {
        List<ChainLink> links = chain(ARTICLE, 1, 3);
        Map<String, NavigableMap<Long, String>> anchored = new HashMap<>();
        ChainWalk.addAnchoredHead(anchored, ARTICLE, 3, links.get(2).entryHash());
        links.remove(2);
        assertNull(walk(links, Map.of()), "without an anchor a shorter chain still holds together");
        ChainBreak found = walk(links, anchored);
        assertEquals(3L, found.chainSeq());
        assertTrue(found.problem().contains("are gone"), found.problem());
    }

    @Test
    void fieldsCannotBeShiftedFromOneToTheNext() {
        ChainLink one = link(1, ARTICLE, 1, "ab", "c", null);
        ChainLink other = link(1, ARTICLE, 1, "a", "bc", null);
        assertNotEquals(seal.of(one), seal.of(other));
    }

    private ChainBreak walk(List<ChainLink> links, Map<String, NavigableMap<Long, String>> anchored) {
        ChainWalk walk = new ChainWalk(anchored);
        for (ChainLink link : links) {
            if (!walk.accept(link)) {
                break;
            }
        }
        return walk.finish();
    }

    private List<ChainLink> chain(String key, long firstId, int length) {
        List<ChainLink> links = new ArrayList<>();
        String previous = null;
        for (int seq = 1; seq <= length; seq++) {
            ChainLink unsealed = link(firstId + seq - 1, key, seq, "triage", "detail " + seq, previous);
            String hash = seal.of(unsealed);
            links.add(new ChainLink(unsealed.id(), key, (long) seq, unsealed.articleId(), unsealed.actor(),
                    unsealed.actorSubject(), unsealed.action(), null, null, null, null, unsealed.detail(),
                    unsealed.occurredAt(), previous, hash));
            previous = hash;
        }
        return links;
    }

    private static ChainLink link(long id, String key, long seq, String actor, String detail, String previous) {
        return new ChainLink(id, key, seq, key.length() == 36 ? key : null, actor, null, "TASK_CLAIMED", null, null,
                null, null, detail, Instant.parse("2026-11-28T09:30:00.123456Z"), previous, null);
    }
}

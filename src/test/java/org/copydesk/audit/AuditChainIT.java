package org.copydesk.audit;

import static org.copydesk.it.Api.as;
import static org.copydesk.it.Api.auditOf;
import static org.copydesk.it.Api.ingestNewArticle;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copydesk.it.CopydeskServer;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail proves itself: an entry edited, deleted or slipped in straight in the database, and an anchored
 * tail cut off, each make verification name the broken link; put back as it was, the trail verifies again.
 */
@ExtendWith(RunningServer.class)
class AuditChainIT {

    @Test
    void anEditedEntryIsNamedWithItsArticle(CopydeskServer server) throws SQLException {
        String article = ingestNewArticle();
        Map<String, Object> entry = chainOf(server, article).get(0);
        try (Connection db = server.openJdbc()) {
            update(db, "update audit_entry set actor = ? where id = ?", "someone-else", entry.get("id"));
            JsonPath verdict = verify();
            assertBroken(verdict, entry, article, "content no longer matches its seal");
            update(db, "update audit_entry set actor = ? where id = ?", entry.get("actor"), entry.get("id"));
        }
        assertTrue(verify().getBoolean("intact"), "the trail put back verifies again");
    }

    @Test
    void aDeletedEntryIsNamedByTheOneAfterIt(CopydeskServer server) throws SQLException {
        String article = ingestNewArticle();
        List<Map<String, Object>> chain = chainOf(server, article);
        assertTrue(chain.size() >= 3, "an article triaged has several entries: " + chain);
        Map<String, Object> deleted = chain.get(1);
        try (Connection db = server.openJdbc()) {
            update(db, "delete from audit_entry where id = ?", deleted.get("id"));
            JsonPath verdict = verify();
            assertBroken(verdict, chain.get(2), article, "entries missing before position 3");
            insert(db, deleted);
        }
        assertTrue(verify().getBoolean("intact"));
    }

    @Test
    void anInsertedEntryIsNamedWhetherSealedOrNot(CopydeskServer server) throws SQLException {
        String article = ingestNewArticle();
        List<Map<String, Object>> chain = chainOf(server, article);
        Map<String, Object> head = chain.get(chain.size() - 1);
        Map<String, Object> forged = new LinkedHashMap<>(head);
        forged.put("id", 9_000_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
        forged.put("action", "PUBLISHED");
        forged.put("chain_seq", ((Number) head.get("chain_seq")).longValue() + 1);
        forged.put("previous_hash", head.get("entry_hash"));
        forged.put("entry_hash", "0".repeat(64));
        try (Connection db = server.openJdbc()) {
            insert(db, forged);
            assertBroken(verify(), forged, article, "content no longer matches its seal");
            update(db, "delete from audit_entry where id = ?", forged.get("id"));

            forged.put("chain_key", null);
            forged.put("chain_seq", null);
            forged.put("previous_hash", null);
            forged.put("entry_hash", null);
            insert(db, forged);
            JsonPath verdict = verify();
            assertFalse(verdict.getBoolean("intact"));
            assertEquals(((Number) forged.get("id")).longValue(), verdict.getLong("firstBreak.entryId"));
            assertEquals("entry is not sealed into any chain", verdict.getString("firstBreak.problem"));
            update(db, "delete from audit_entry where id = ?", forged.get("id"));
        }
        assertTrue(verify().getBoolean("intact"));
    }

    @Test
    void aTailCutOffAfterAnAnchorIsNamed(CopydeskServer server) throws SQLException {
        String article = ingestNewArticle();
        as("admin").post("/api/admin/audit/anchors").then().statusCode(200).body("anchorHash", startsWith(""));
        List<Map<String, Object>> chain = chainOf(server, article);
        Map<String, Object> tail = chain.get(chain.size() - 1);
        try (Connection db = server.openJdbc()) {
            update(db, "delete from audit_entry where id = ?", tail.get("id"));
            JsonPath verdict = verify();
            assertFalse(verdict.getBoolean("intact"));
            assertEquals(article, verdict.getString("firstBreak.articleId"));
            assertEquals(((Number) tail.get("chain_seq")).longValue(), verdict.getLong("firstBreak.chainSeq"));
            assertTrue(verdict.getString("firstBreak.problem").contains("are gone"), verdict.prettify());
            insert(db, tail);
        }
        JsonPath verdict = verify();
        assertTrue(verdict.getBoolean("intact"), verdict.prettify());
        assertTrue(verdict.getLong("anchors") >= 1);
    }

    @Test
    void anArticlesTrailExportsAsJsonAndCsvWithItsSeals() {
        String article = ingestNewArticle();
        int entries = auditOf(article).size();
        List<Map<String, Object>> json = as("admin").queryParam("article", article).queryParam("format", "json")
                .get("/api/admin/audit/export").then().statusCode(200).contentType("application/json")
                .extract().path("$");
        assertEquals(entries, json.size());
        assertTrue(json.stream().allMatch(link -> article.equals(link.get("articleId"))
                && ((String) link.get("entryHash")).length() == 64));
        assertEquals(1, ((Number) json.get(0).get("chainSeq")).intValue());
        assertNull(json.get(0).get("previousHash"));

        String csv = as("admin").queryParam("article", article).queryParam("format", "csv")
                .get("/api/admin/audit/export").then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertTrue(lines[0].startsWith("id,chain,position,article,"), lines[0]);
        assertEquals(entries + 1, lines.length);
        assertTrue(lines[1].contains(article) && lines[1].contains((String) json.get(0).get("entryHash")));

        Instant now = Instant.now();
        List<String> recent = as("admin").queryParam("from", now.minus(10, ChronoUnit.MINUTES).toString())
                .queryParam("to", now.plus(1, ChronoUnit.MINUTES).toString())
                .get("/api/admin/audit/export").then().statusCode(200).extract().path("articleId");
        assertTrue(recent.contains(article));
        as("admin").queryParam("from", now.toString()).queryParam("to", now.minusSeconds(60).toString())
                .get("/api/admin/audit/export").then().statusCode(400).contentType("application/problem+json");
        as("admin").queryParam("format", "xml").get("/api/admin/audit/export").then().statusCode(400);
        as("admin").queryParam("from", "yesterday").get("/api/admin/audit/export").then().statusCode(400)
                .body("detail", startsWith("'from' must be"));
    }

    private static void assertBroken(JsonPath verdict, Map<String, Object> entry, String article, String problem) {
        assertFalse(verdict.getBoolean("intact"), verdict.prettify());
        assertEquals(((Number) entry.get("id")).longValue(), verdict.getLong("firstBreak.entryId"), verdict.prettify());
        assertEquals(article, verdict.getString("firstBreak.articleId"));
        assertTrue(verdict.getString("firstBreak.problem").startsWith(problem), verdict.prettify());
    }

    private static JsonPath verify() {
        return as("admin").get("/api/admin/audit/verify").then().statusCode(200).body("entries", org.hamcrest.Matchers
                .greaterThan(0)).extract().jsonPath();
    }

    /** The article's chain as stored, every column of every entry, in chain order. */
    private static List<Map<String, Object>> chainOf(CopydeskServer server, String article) throws SQLException {
        assertTrue(verify().getBoolean("intact"), "the trail verifies before it is touched");
        try (Connection db = server.openJdbc();
             PreparedStatement select = db.prepareStatement(
                     "select * from audit_entry where chain_key = ? order by chain_seq")) {
            select.setString(1, article);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                ResultSetMetaData columns = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        row.put(columns.getColumnLabel(i).toLowerCase(), result.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static void insert(Connection db, Map<String, Object> row) throws SQLException {
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(column -> "?").toList());
        try (PreparedStatement insert = db.prepareStatement(
                "insert into audit_entry (" + columns + ") values (" + marks + ")")) {
            int i = 1;
            for (Object value : row.values()) {
                insert.setObject(i++, value);
            }
            insert.executeUpdate();
        }
    }

    private static void update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            assertEquals(1, statement.executeUpdate(), sql);
        }
    }
}

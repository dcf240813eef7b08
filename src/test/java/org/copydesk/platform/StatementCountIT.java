package org.copydesk.platform;

import static org.copydesk.it.Api.INGEST_FEED;
import static org.copydesk.it.Api.as;
import static org.copydesk.it.Api.awaitState;
import static org.copydesk.it.Api.awaitTriaged;
import static org.copydesk.it.Api.openTask;
import static org.copydesk.it.Api.claimsOf;
import static org.copydesk.it.Api.rate;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.it.CopydeskServer;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SQL statements per API call on PostgreSQL, Hibernate's and Flowable's together, as the server counts them with
 * statement counting switched on. The limits are what the calls cost when they were last made cheaper: a change
 * that makes a call cost more fails here and has to say why by raising its limit.
 */
@EnabledIfSystemProperty(named = "copydesk.it.database", matches = "postgres")
@ExtendWith(RunningServer.class)
class StatementCountIT {

    // The targets of the speed work: a claim at most 10, a completion at most 25, the intake job at most 40. An ingest
    // writes its article once, its process attached before the row is inserted. A claim or a completion is one engine
    // command, so the engine reads the task, its executions and their variables once, the execution tree in one read.
    // Every review task carries one escalation timer (SLA): a completion ends the timer of the task it closes (its
    // execution, activity instance and job) and, when it opens the next task in the same transaction, creates the next
    // one's. The engine looks in the database for an unfinished activity instance only where an execution stood, and
    // for an execution's tasks only when it counts some. Separation of duties reads the article's completions and its
    // audit chain's head at once. Fact-check opens publish that way and reads the claim gate besides. A verdict on a
    // claim locks the article as it reads it, then reads the task once. The intake job costs more when the desk already
    // holds articles like the new one (story candidates, near-duplicates to compare): its limit keeps two statements
    // over its count here
    private static final Map<String, Integer> LIMITS = limits(
            "ingest", 8,
            "intake job", 33,
            "GET article", 1,
            "claim triage", 8,
            "complete triage", 20,
            "claim factCheck", 8,
            "rate claim", 7,
            "complete factCheck", 25,
            "claim publish", 8,
            "complete publish", 22);

    private static final Map<String, String> REVIEWER = Map.of("triage", "triage", "factCheck", "factchecker",
            "publish", "publisher");
    private static final Map<String, String> DECISION = Map.of("triage", "accept", "factCheck", "approve",
            "publish", "publish");

    @Test
    void eachCallOfAnArticlesWalkStaysWithinItsPinnedStatements(CopydeskServer server) throws Exception {
        // the first walk fills the caches a server warms once
        walk(server, new LinkedHashMap<>(), new LinkedHashMap<>());
        Map<String, Integer> measured = new LinkedHashMap<>();
        Map<String, Integer> commits = new LinkedHashMap<>();
        walk(server, measured, commits);
        // A call that happens to fetch the next block of audit-entry ids (once in 50 entries, wherever the tests
        // before left the block) costs one statement more: of two walks, each call's lesser count is its own
        Map<String, Integer> again = new LinkedHashMap<>();
        walk(server, again, commits);
        again.forEach((call, statements) -> measured.merge(call, statements, Math::min));
        System.out.println("Statements per call: " + measured + "; commits: " + commits);
        assertEquals(LIMITS.keySet(), measured.keySet());
        assertAll(measured.entrySet().stream().map(call -> (org.junit.jupiter.api.function.Executable) () ->
                assertTrue(call.getValue() <= LIMITS.get(call.getKey()), call.getKey() + " took " + call.getValue()
                        + " statements, more than its limit of " + LIMITS.get(call.getKey()))));
        // every call and job of the walk is one transaction: no lookup or lock of its own committed before it
        assertAll(commits.entrySet().stream().map(call -> (org.junit.jupiter.api.function.Executable) () ->
                assertEquals(1, call.getValue(), call.getKey() + " committed " + call.getValue() + " times")));
    }

    private static void walk(CopydeskServer server, Map<String, Integer> measured, Map<String, Integer> commits)
            throws Exception {
        String unique = UUID.randomUUID().toString();
        Response ingested = as(INGEST_FEED).contentType(ContentType.JSON)
                .body(Map.of("title", "Council approves budget " + unique,
                        "body", "The city council approved the 2027 budget on Monday by 31 votes to 12. " + unique,
                        "source", "wire-test"))
                .post("/api/articles");
        ingested.then().statusCode(201);
        count(measured, commits, "ingest", ingested);
        String articleId = ingested.path("id");
        awaitTriaged(articleId);
        int[] intake = jobCost(server, server.processInstanceOf(articleId), "intake");
        measured.put("intake job", intake[0]);
        commits.merge("intake job", intake[1], Math::max);
        Response read = as("reader").get("/api/articles/{id}", articleId);
        read.then().statusCode(200);
        count(measured, commits, "GET article", read);
        for (String step : List.of("triage", "factCheck", "publish")) {
            String user = REVIEWER.get(step);
            String taskId = openTask(articleId, step);
            Response claimed = as(user).post("/api/tasks/{id}/claim", taskId);
            claimed.then().statusCode(200);
            count(measured, commits, "claim " + step, claimed);
            if (step.equals("factCheck")) {
                rateEveryClaim(user, articleId, measured, commits);
            }
            Response completed = as(user).contentType(ContentType.JSON).body(Map.of("decision", DECISION.get(step)))
                    .post("/api/tasks/{id}/complete", taskId);
            completed.then().statusCode(200);
            count(measured, commits, "complete " + step, completed);
        }
        assertEquals("PUBLISHED", awaitState(articleId, "PUBLISHED"));
    }

    private static void rateEveryClaim(String user, String articleId, Map<String, Integer> measured,
                                       Map<String, Integer> commits) {
        List<Map<String, Object>> claims = claimsOf(articleId);
        assertTrue(!claims.isEmpty(), "the article has claims to rate");
        for (Map<String, Object> claim : claims) {
            Response rated = rate(user, articleId, (String) claim.get("id"), "VERIFIED", "the council's minutes");
            rated.then().statusCode(200);
            count(measured, commits, "rate claim", rated);
        }
    }

    /** The call's statements and commits; the most any one of them took when it is made more than once. */
    private static void count(Map<String, Integer> measured, Map<String, Integer> commits, String call,
                              Response response) {
        String counted = response.header("Copydesk-Statements");
        assertTrue(counted != null, "the server counts statements (" + StatementCounts.SWITCH + ")");
        measured.merge(call, Integer.parseInt(counted), Math::max);
        commits.merge(call, Integer.parseInt(response.header("Copydesk-Commits")), Math::max);
        System.out.println(call + ": " + counted + " statements, " + response.header("Copydesk-Commits") + " commits");
    }

    /** A job's statements and commits, from the line the server logs when it has run it. */
    private static int[] jobCost(CopydeskServer server, String processId, String job) throws InterruptedException {
        Pattern line = Pattern.compile("Job " + job + " of process " + Pattern.quote(processId)
                + " took (\\d+) statements and (\\d+) commits");
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            Matcher found = line.matcher(server.log());
            if (found.find()) {
                return new int[] {Integer.parseInt(found.group(1)), Integer.parseInt(found.group(2))};
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The server logged no statement count for job " + job + " of process " + processId);
    }

    private static Map<String, Integer> limits(Object... callsAndLimits) {
        Map<String, Integer> limits = new LinkedHashMap<>();
        for (int i = 0; i < callsAndLimits.length; i += 2) {
            limits.put((String) callsAndLimits[i], (Integer) callsAndLimits[i + 1]);
        }
        return limits;
    }
}

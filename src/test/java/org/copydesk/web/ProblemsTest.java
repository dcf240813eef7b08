package org.copydesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.copydesk.domain.Conflict;
import org.copydesk.domain.Invalid;
import org.copydesk.domain.NotAllowed;
import org.copydesk.domain.NotFound;
import org.copydesk.domain.Unavailable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = VALIDATION.getValidator();

    private final Problems problems = new Problems();

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Test
    void aDatabaseErrorWithoutSqlStateIsAnOrdinaryFailure() {
        SQLException noState = new SQLException("connection reset", null, 0);
        assertThat(Problems.isConcurrentUpdate(new PersistenceException(noState))).isFalse();
        assertThat(problems.problemOf(new PersistenceException(noState), null).status()).isEqualTo(500);
    }

    @Test
    void aDatabaseThatCannotBeReachedIsAPassingUnavailability() {
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");
        SQLException refused = new SQLException("Connection refused", "08001");
        jakarta.resource.ResourceException pool = new jakarta.resource.ResourceException(
                "Connection could not be allocated because: FATAL: database is not currently accepting connections");
        for (Exception unavailable : List.of(terminated, refused, new SQLException("Error in allocating a connection",
                null, 0, pool))) {
            Problem problem = problems.problemOf(new PersistenceException(unavailable), "/api/articles");
            assertThat(problem.status()).isEqualTo(503);
            assertThat(problem.detail()).contains("database cannot be reached");
        }
    }

    @Test
    void aSerializationFailureIsAConflict() {
        SQLException serialization = new SQLException("could not serialize access", "40001", 0);
        assertThat(Problems.isConcurrentUpdate(new PersistenceException(serialization))).isTrue();
        assertThat(problems.problemOf(new PersistenceException(serialization), null).status()).isEqualTo(409);
    }

    @Test
    void eachRefusalHasItsStatusTitleAndReason() {
        assertProblem(new NotFound("article", "42"), 404, "Not found", "No article with id 42");
        assertProblem(new Conflict("Task 7 is already completed"), 409, "Conflict", "Task 7 is already completed");
        assertProblem(new NotAllowed("may not do this"), 403, "Forbidden", "may not do this");
        assertProblem(new Invalid("A rejection needs its reason"), 422, "Unprocessable content",
                "A rejection needs its reason");
        assertProblem(new Unavailable("Keycloak cannot be reached"), 503, "Service unavailable",
                "Keycloak cannot be reached");
    }

    @Test
    void aRefusalWithDetailsWritesThemNextToTheStandardMembers() {
        Map<?, ?> body = bodyOf(new RuntimeException(new Conflict("2 claims keep this article",
                "Claims not settled", Map.of("claims", List.of("first", "second")))));
        assertThat(body.get("title")).isEqualTo("Claims not settled");
        assertThat(body.get("detail")).isEqualTo("2 claims keep this article");
        assertThat(body.get("status")).isEqualTo(409);
        assertThat(body.get("claims")).isEqualTo(List.of("first", "second"));
    }

    record Note(@NotBlank(message = "a title is required") String title,
                @Size(max = 3, message = "is longer than {max} characters") String comment) {
    }

    static class Listing {
        public void list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(10) int page,
                         @NotNull(message = "the request body is empty") @Valid Note note) {
        }
    }

    @Test
    void bodyFieldsThatBreakTheirConstraintsAre422WithTheFieldNames() {
        Map<?, ?> body = bodyOf(violationsOf(new Listing(), 3, new Note(" ", "long")));
        assertThat(body.get("status")).isEqualTo(422);
        assertThat(body.get("detail")).isEqualTo("comment: is longer than 3 characters; title: a title is required");
        assertThat(body.get("violations")).isEqualTo(List.of(
                Map.of("field", "comment", "message", "is longer than 3 characters"),
                Map.of("field", "title", "message", "a title is required")));
    }

    @Test
    void aQueryParameterOutOfRangeOrAMissingBodyIsABadRequestNamingIt() {
        Map<?, ?> outOfRange = bodyOf(violationsOf(new Listing(), 11, new Note("t", null)));
        assertThat(outOfRange.get("status")).isEqualTo(400);
        assertThat(outOfRange.get("detail")).isEqualTo("page: must be less than or equal to 10");
        Map<?, ?> missing = bodyOf(violationsOf(new Listing(), 0, null));
        assertThat(missing.get("status")).isEqualTo(400);
        assertThat(missing.get("detail")).isEqualTo("body: the request body is empty");
    }

    @Test
    void aValidatedRecordNamesItsOwnFields() {
        var violations = VALIDATOR.validate(new Note(null, "four"));
        Map<?, ?> body = bodyOf(new ConstraintViolationException(violations));
        assertThat(body.get("status")).isEqualTo(422);
        assertThat(body.get("detail"))
                .isEqualTo("comment: is longer than 3 characters; title: a title is required");
    }

    private Map<?, ?> bodyOf(Throwable thrown) {
        Object body = Problems.bodyOf(problems.problemOf(thrown, null), thrown);
        assertThat(body).isInstanceOf(Map.class);
        return (Map<?, ?>) body;
    }

    private static ConstraintViolationException violationsOf(Listing resource, int page, Note note) {
        try {
            Method list = Listing.class.getMethod("list", int.class, Note.class);
            var violations = VALIDATOR.forExecutables().validateParameters(resource, list, new Object[] {page, note});
            assertThat(violations).isNotEmpty();
            return new ConstraintViolationException(violations);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private void assertProblem(RuntimeException thrown, int status, String title, String detail) {
        Problem problem = problems.problemOf(thrown, null);
        assertThat(problem.title()).isEqualTo(title);
        assertThat(problem.detail()).isEqualTo(detail);
        assertThat(problem.status()).isEqualTo(status);
    }
}

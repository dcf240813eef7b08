package org.copydesk.portal.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.portal.entity.EditConflict;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns the API's problem+json answers into {@link ApiRefusal}s with the reason a person can read. */
public class ProblemReader implements ResponseExceptionMapper<ApiRefusal> {

    // looked up once: each Json.create... call would search the class path for a provider again
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public ApiRefusal toThrowable(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        int status = response.getStatus();
        if (body == null || !body.strip().startsWith("{")) {
            return new ApiRefusal(status, "The workflow API answered " + status, List.of());
        }
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            JsonObject problem = reader.readObject();
            String detail = problem.getString("detail", "The workflow API answered " + status);
            List<String> claims = problem.containsKey("claims") && problem.get("claims").getValueType()
                    == JsonValue.ValueType.ARRAY
                    ? problem.getJsonArray("claims").getValuesAs(JsonObject.class).stream()
                    .map(ProblemReader::blockingClaim).toList()
                    : List.of();
            return new ApiRefusal(status, detail, claims, editConflict(problem), problems(problem));
        } catch (RuntimeException unreadable) {
            return new ApiRefusal(status, "The workflow API answered " + status, List.of());
        }
    }

    private static EditConflict editConflict(JsonObject problem) {
        if (!(problem.get("currentText") instanceof JsonString current)
                || !(problem.get("yourText") instanceof JsonString yours)) {
            return null;
        }
        EditConflict conflict = new EditConflict();
        conflict.setBaseVersion(problem.getInt("baseVersion", 0));
        conflict.setCurrentVersion(problem.getInt("currentVersion", 0));
        conflict.setChangedBy(problem.getString("changedBy", ""));
        conflict.setCurrentText(current.getString());
        conflict.setYourText(yours.getString());
        return conflict;
    }

    /** A refused workflow's {@code errors} (element and message), or a refused migration's {@code problems}. */
    private static List<String> problems(JsonObject problem) {
        List<String> listed = new ArrayList<>();
        if (problem.get("errors") instanceof JsonArray errors) {
            for (JsonObject error : errors.getValuesAs(JsonObject.class)) {
                String element = error.get("element") instanceof JsonString name ? name.getString() + ": " : "";
                listed.add(element + error.getString("message", ""));
            }
        }
        if (problem.get("problems") instanceof JsonArray reasons) {
            reasons.getValuesAs(JsonString.class).forEach(reason -> listed.add(reason.getString()));
        }
        return listed;
    }

    private static String blockingClaim(JsonObject claim) {
        JsonValue sentence = claim.get("sentence");
        String text = sentence instanceof JsonString string ? string.getString() : "";
        JsonValue phrase = claim.get("phrase");
        String claimed = phrase instanceof JsonString string && !string.getString().equals(text)
                ? "\u201C" + string.getString() + "\u201D: " : "";
        return claimed + text + " (" + claim.getString("reason", "") + ")";
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}

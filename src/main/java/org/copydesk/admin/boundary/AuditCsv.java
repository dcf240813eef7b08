package org.copydesk.admin.boundary;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.copydesk.audit.entity.ChainLink;

/** Audit entries as CSV (RFC 4180): one header line, then one line per entry, every field quoted when it must be. */
final class AuditCsv {

    static final String HEADER = "id,chain,position,article,actor,actor_subject,action,from_state,to_state,task_id,"
            + "task_key,detail,occurred_at,previous_hash,entry_hash";

    private AuditCsv() {
    }

    static String of(List<ChainLink> links) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (ChainLink link : links) {
            csv.append(Stream.of(link.id(), link.chainKey(), link.chainSeq(), link.articleId(), link.actor(),
                            link.actorSubject(), link.action(), link.fromState(), link.toState(), link.taskId(),
                            link.taskKey(), link.detail(), link.occurredAt(), link.previousHash(), link.entryHash())
                    .map(AuditCsv::field).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // a leading = + - @ would run as a formula in a spreadsheet
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches("(?s).*[\",\r\n].*") || text.startsWith("'") ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }
}

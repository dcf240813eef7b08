package org.copydesk.triage.entity;

import java.util.List;

/** Where the article should go and how fast, with the reasons an editor can check. */
public record Routing(Priority priority, Desk desk, List<String> reasons) {

    public Routing {
        reasons = List.copyOf(reasons);
    }
}

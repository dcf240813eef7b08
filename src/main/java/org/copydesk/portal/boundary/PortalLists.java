package org.copydesk.portal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The choices the filters offer. They repeat the values triage routes to (the portal WAR carries none of the
 * API's classes); a value missing here can still be reached by the inbox's other filters.
 */
@Named
@ApplicationScoped
public class PortalLists {

    public List<String> getPriorities() {
        return List.of("URGENT", "HIGH", "NORMAL", "LOW");
    }

    public List<String> getDesks() {
        return List.of("TECHNOLOGY", "BUSINESS", "POLITICS", "WORLD", "SCIENCE", "HEALTH", "SPORTS", "CULTURE",
                "GENERAL");
    }

    public List<String> getLanguages() {
        return List.of("en", "fr", "de", "es", "it", "nl", "pt");
    }

    public List<String> getStates() {
        return List.of("INGESTED", "TRIAGE", "FACT_CHECK", "REVISION", "READY", "PUBLISHED", "REJECTED");
    }

    public List<String> getVerdicts() {
        return List.of("UNCHECKED", "VERIFIED", "DISPUTED", "FALSE", "UNVERIFIABLE");
    }
}

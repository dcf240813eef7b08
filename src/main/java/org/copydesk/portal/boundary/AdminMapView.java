package org.copydesk.portal.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Base64;
import java.util.List;
import org.copydesk.portal.control.ApiRefusal;
import org.copydesk.portal.control.PersonsApi;
import org.copydesk.portal.entity.Definition;
import org.copydesk.portal.entity.StepCount;
import org.copydesk.portal.entity.WorkflowMapState;

/**
 * The live workflow map: one deployed version's diagram with the steps where articles wait highlighted, and the
 * count at each, refreshed by a poll. The picture comes from the API and is shown inline, so the browser needs no
 * token of its own.
 */
@Named
@ViewScoped
public class AdminMapView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonsApi api;

    private List<Definition> definitions = List.of();
    private String definitionId;
    private WorkflowMapState map;
    private String picture;
    private String refusal;

    @PostConstruct
    void load() {
        try {
            definitions = api.admin().definitions();
            definitionId = definitions.stream().filter(Definition::isNewest).map(Definition::getId).findFirst()
                    .orElse(null);
            refresh();
        } catch (ApiRefusal refused) {
            refusal = refused.getMessage();
        }
    }

    public void refresh() {
        if (definitionId == null) {
            return;
        }
        try {
            map = api.admin().map(definitionId);
            picture = "data:image/png;base64," + Base64.getEncoder().encodeToString(api.admin().mapPicture(definitionId));
            refusal = null;
        } catch (ApiRefusal refused) {
            refusal = refused.getMessage();
        }
    }

    /** The elements where articles wait, or that people work on, in the order of the file. */
    public List<StepCount> getSteps() {
        return map == null ? List.of() : map.getSteps().stream()
                .filter(step -> step.getWaiting() > 0 || "userTask".equals(step.getType())).toList();
    }

    public List<Definition> getDefinitions() {
        return definitions;
    }

    public String getDefinitionId() {
        return definitionId;
    }

    public void setDefinitionId(String definitionId) {
        this.definitionId = definitionId;
    }

    public WorkflowMapState getMap() {
        return map;
    }

    public String getPicture() {
        return picture;
    }

    public String getRefusal() {
        return refusal;
    }
}

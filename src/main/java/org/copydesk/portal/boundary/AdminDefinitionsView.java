package org.copydesk.portal.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.copydesk.portal.control.ApiRefusal;
import org.copydesk.portal.control.PersonsApi;
import org.copydesk.portal.entity.Definition;
import org.copydesk.portal.entity.MigrationPlan;
import org.copydesk.portal.entity.MigrationRequest;

/**
 * The deployed versions of the workflow: upload a new one (the API checks it and lists each problem with its
 * element), and move the articles of an older version to a newer one after a dry run.
 */
@Named
@ViewScoped
public class AdminDefinitionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonsApi api;

    private List<Definition> definitions = List.of();
    private transient Part file;
    private List<String> problems = List.of();
    private String fromId;
    private String toId;
    private MigrationPlan plan;

    @PostConstruct
    void load() {
        try {
            definitions = api.admin().definitions();
            if (toId == null && !definitions.isEmpty()) {
                toId = definitions.get(0).getId();
            }
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
        }
    }

    public void upload() {
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            Messages.info("admin.definitions.noFile");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            Definition deployed = api.admin().upload(in.readAllBytes());
            Messages.info("admin.definitions.deployed", deployed.getVersion());
            toId = deployed.getId();
            plan = null;
            load();
        } catch (ApiRefusal refused) {
            problems = refused.problems();
            Messages.refused(refused);
        } catch (IOException e) {
            Messages.info("admin.definitions.noFile");
        }
    }

    public void dryRun() {
        try {
            plan = api.admin().dryRun(toId, request());
        } catch (ApiRefusal refused) {
            plan = null;
            Messages.refused(refused);
        }
    }

    public void migrate() {
        try {
            MigrationPlan done = api.admin().migrate(toId, request());
            Messages.info("admin.definitions.migrated", done.getMigrated());
            plan = null;
            load();
        } catch (ApiRefusal refused) {
            problems = refused.problems();
            Messages.refused(refused);
        }
    }

    private MigrationRequest request() {
        MigrationRequest request = new MigrationRequest();
        request.setFromDefinitionId(fromId);
        return request;
    }

    public List<Definition> getDefinitions() {
        return definitions;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<String> getProblems() {
        return problems;
    }

    public String getFromId() {
        return fromId;
    }

    public void setFromId(String fromId) {
        this.fromId = fromId;
    }

    public String getToId() {
        return toId;
    }

    public void setToId(String toId) {
        this.toId = toId;
    }

    public MigrationPlan getPlan() {
        return plan;
    }
}

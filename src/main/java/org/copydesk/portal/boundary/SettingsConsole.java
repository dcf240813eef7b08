package org.copydesk.portal.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.copydesk.portal.control.ApiRefusal;
import org.copydesk.portal.control.PersonsApi;
import org.copydesk.portal.entity.DeskSettings;

/** The admin console's settings page: the API checks every value, stores it and audits the change. */
@Named
@ViewScoped
public class SettingsConsole implements Serializable {

    @Inject
    PersonsApi api;

    private DeskSettings settings;

    public void load() {
        try {
            settings = api.admin().settings();
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
        }
    }

    public void save() {
        try {
            settings = api.admin().changeSettings(settings);
            Messages.info("settings.saved");
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
        }
    }

    public DeskSettings getSettings() {
        return settings;
    }

    public List<String> getSteps() {
        return settings == null ? List.of() : List.copyOf(settings.getSlaMinutes().keySet());
    }
}

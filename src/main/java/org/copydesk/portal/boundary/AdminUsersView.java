package org.copydesk.portal.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.portal.control.ApiRefusal;
import org.copydesk.portal.control.PersonsApi;
import org.copydesk.portal.entity.AuditEntry;
import org.copydesk.portal.entity.RealmUser;
import org.copydesk.portal.entity.RealmUserPage;
import org.copydesk.security.entity.Role;

/**
 * The realm's people and their Copydesk roles: grant and revoke a role, disable and enable a person. The API
 * decides (only Copydesk's roles, never the admin's own lockout), changes Keycloak and audits; this page shows
 * its refusals as it gave them.
 */
@Named
@ViewScoped
public class AdminUsersView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;
    /** How many of the latest changes the page shows, newest first. */
    static final int CHANGES_SHOWN = 20;
    private static final List<String> ROLES = Role.ALL.stream().sorted().toList();

    @Inject
    PersonsApi api;

    private String search;
    private int page;
    private RealmUserPage result;
    private List<AuditEntry> changes = List.of();
    private final Map<String, String> grants = new HashMap<>();

    @PostConstruct
    void load() {
        refresh();
    }

    public void refresh() {
        try {
            result = api.admin().users(search == null || search.isBlank() ? null : search.strip(), page, PAGE_SIZE);
            List<AuditEntry> all = new ArrayList<>(api.admin().userChanges());
            Collections.reverse(all);
            changes = List.copyOf(all.subList(0, Math.min(CHANGES_SHOWN, all.size())));
        } catch (ApiRefusal refused) {
            result = null;
            Messages.refused(refused);
        }
    }

    public void find() {
        page = 0;
        refresh();
    }

    public void next() {
        page++;
        refresh();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        refresh();
    }

    public void grant(RealmUser user) {
        String role = grants.get(user.getId());
        if (role == null || role.isBlank()) {
            Messages.info("users.chooseRole");
            return;
        }
        try {
            api.admin().grant(user.getId(), role);
            Messages.info("users.granted", role, user.getUsername());
            grants.remove(user.getId());
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
        }
        refresh();
    }

    public void revoke(RealmUser user, String role) {
        try {
            api.admin().revoke(user.getId(), role);
            Messages.info("users.revoked", role, user.getUsername());
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
        }
        refresh();
    }

    public void disable(RealmUser user) {
        try {
            api.admin().disable(user.getId());
            Messages.info("users.disabledDone", user.getUsername());
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
        }
        refresh();
    }

    public void enable(RealmUser user) {
        try {
            api.admin().enable(user.getId());
            Messages.info("users.enabledDone", user.getUsername());
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
        }
        refresh();
    }

    /** The Copydesk roles the person does not have yet. */
    public List<String> grantable(RealmUser user) {
        return ROLES.stream().filter(role -> !user.getRoles().contains(role)).toList();
    }

    public boolean isLastPage() {
        return result == null || (long) (page + 1) * PAGE_SIZE >= result.getTotal();
    }

    public RealmUserPage getResult() {
        return result;
    }

    public List<AuditEntry> getChanges() {
        return changes;
    }

    public Map<String, String> getGrants() {
        return grants;
    }

    public int getPage() {
        return page;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}

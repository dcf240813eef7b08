package org.copydesk.admin.entity;

import java.util.List;

/**
 * A person of the realm as an admin manages them: Keycloak's id and username, their name and email, whether they
 * may sign in, and the Copydesk roles granted to them directly, in alphabetical order.
 */
public record UserView(String id, String username, String firstName, String lastName, String email,
                       boolean enabled, List<String> roles) {

    public UserView {
        roles = List.copyOf(roles);
    }
}

package org.copydesk.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.copydesk.admin.entity.UserView;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.audit.entity.AuditEntryView;
import org.copydesk.domain.Invalid;
import org.copydesk.domain.NotFound;
import org.copydesk.domain.Unavailable;
import org.copydesk.security.control.CurrentActor;
import org.copydesk.security.entity.Role;
import org.copydesk.web.Page;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The realm's people and their Copydesk roles, read and changed in Keycloak through its admin API. Only Copydesk's
 * own roles are granted or revoked here, and an admin can neither take their own admin role nor disable
 * themselves, so the desk never locks itself out. Each change is checked first and audited last, in the
 * request's transaction: when Keycloak refuses or cannot be reached, nothing is recorded. A change reaches the
 * person with their next token.
 */
@ApplicationScoped
public class RealmUsers {

    private static final Logger LOG = Logger.getLogger(RealmUsers.class.getName());
    /** More people than a newsroom's realm holds; the page is cut from this many, so the total is exact. */
    static final int MOST = 10_000;
    private static final String SERVICE_ACCOUNT = "service-account-";
    /** Keycloak's ids (UUIDs, or federated ids with colons); anything else names nobody. */
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._:-]{1,255}");
    static final List<AuditAction> CHANGES = List.of(AuditAction.ROLE_GRANTED, AuditAction.ROLE_REVOKED,
            AuditAction.USER_DISABLED, AuditAction.USER_ENABLED);

    @Inject
    RealmAdmin keycloak;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentActor currentActor;

    /**
     * The people whose username, name or email contains the search term (everyone without one), by username; never
     * the service accounts of clients.
     */
    public Page<UserView> find(String search, int page, int size) {
        String term = search == null || search.isBlank() ? null : "*" + search.strip();
        List<UserRepresentation> matching = ask("list the realm's users", () -> keycloak.realm().users()
                .search(term, 0, MOST, true)).stream()
                .filter(user -> !isServiceAccount(user))
                .sorted(Comparator.comparing(UserRepresentation::getUsername))
                .toList();
        int from = (int) Math.min((long) page * size, matching.size());
        List<UserView> items = matching.subList(from, Math.min(from + size, matching.size())).stream()
                .map(user -> view(user, rolesOf(userResource(user.getId()))))
                .toList();
        return new Page<>(items, page, size, matching.size());
    }

    public UserView get(String id) {
        UserResource user = userResource(id);
        return view(person(id, user), rolesOf(user));
    }

    @Transactional
    public UserView grant(String id, String role) {
        String granted = copydeskRole(role);
        UserResource user = userResource(id);
        UserRepresentation person = person(id, user);
        List<String> before = rolesOf(user);
        if (before.contains(granted)) {
            return view(person, before);
        }
        RoleRepresentation realmRole = realmRole(granted);
        ask("grant " + granted + " to " + person.getUsername(), () -> {
            user.roles().realmLevel().add(List.of(realmRole));
            return null;
        });
        List<String> after = sorted(Stream.concat(before.stream(), Stream.of(granted)));
        auditTrail.recordDeskChange(AuditAction.ROLE_GRANTED, describe(person) + ": role " + granted
                + " granted; roles now " + listed(after));
        return view(person, after);
    }

    @Transactional
    public UserView revoke(String id, String role) {
        String revoked = copydeskRole(role);
        UserResource user = userResource(id);
        UserRepresentation person = person(id, user);
        if (Role.ADMIN.equals(revoked) && isCaller(person)) {
            throw new Invalid("You cannot revoke your own admin role: the desk would lose an admin it may need;"
                    + " another admin can do it");
        }
        List<String> before = rolesOf(user);
        if (!before.contains(revoked)) {
            return view(person, before);
        }
        RoleRepresentation realmRole = realmRole(revoked);
        ask("revoke " + revoked + " from " + person.getUsername(), () -> {
            user.roles().realmLevel().remove(List.of(realmRole));
            return null;
        });
        List<String> after = before.stream().filter(name -> !name.equals(revoked)).toList();
        auditTrail.recordDeskChange(AuditAction.ROLE_REVOKED, describe(person) + ": role " + revoked
                + " revoked; roles now " + listed(after));
        return view(person, after);
    }

    /** The person can no longer sign in or get a token; the sessions they have are ended. */
    @Transactional
    public UserView disable(String id) {
        UserResource user = userResource(id);
        UserRepresentation person = person(id, user);
        if (isCaller(person)) {
            throw new Invalid("You cannot disable your own account: the desk would lose an admin it may need;"
                    + " another admin can do it");
        }
        List<String> roles = rolesOf(user);
        if (!isEnabled(person)) {
            return view(person, roles);
        }
        person.setEnabled(false);
        ask("disable " + person.getUsername(), () -> {
            user.update(person);
            user.logout();
            return null;
        });
        auditTrail.recordDeskChange(AuditAction.USER_DISABLED, describe(person)
                + " disabled: no sign-in, no new token, their sessions ended");
        return view(person, roles);
    }

    @Transactional
    public UserView enable(String id) {
        UserResource user = userResource(id);
        UserRepresentation person = person(id, user);
        List<String> roles = rolesOf(user);
        if (isEnabled(person)) {
            return view(person, roles);
        }
        person.setEnabled(true);
        ask("enable " + person.getUsername(), () -> {
            user.update(person);
            return null;
        });
        auditTrail.recordDeskChange(AuditAction.USER_ENABLED, describe(person) + " enabled again");
        return view(person, roles);
    }

    /** Who granted or revoked which role, and disabled or enabled whom, oldest first. */
    public List<AuditEntryView> changes() {
        return auditTrail.ofAdminChanges(CHANGES);
    }

    /** One of Copydesk's roles, as Keycloak names it; any other name is refused. */
    static String copydeskRole(String role) {
        String name = role == null ? "" : role.strip().toLowerCase(Locale.ROOT);
        if (!Role.ALL.contains(name)) {
            throw new Invalid("'" + role + "' is not a Copydesk role; the roles are " + listed(sorted(Role.ALL
                    .stream())));
        }
        return name;
    }

    private boolean isCaller(UserRepresentation person) {
        return currentActor.get().is(person.getUsername(), person.getId());
    }

    private UserResource userResource(String id) {
        if (id == null || !USER_ID.matcher(id).matches()) {
            throw new NotFound("user", id);
        }
        return keycloak.realm().users().get(id);
    }

    /** The person behind the id; a client's service account is no person of the desk. */
    private UserRepresentation person(String id, UserResource user) {
        try {
            UserRepresentation person = ask("read user " + id, user::toRepresentation);
            if (isServiceAccount(person)) {
                throw new NotFound("user", id);
            }
            return person;
        } catch (NotFoundException unknown) {
            throw new NotFound("user", id);
        }
    }

    private List<String> rolesOf(UserResource user) {
        return sorted(ask("read a user's roles", () -> user.roles().realmLevel().listAll()).stream()
                .map(RoleRepresentation::getName)
                .filter(Role.ALL::contains));
    }

    private RoleRepresentation realmRole(String name) {
        try {
            return ask("read the role " + name, () -> keycloak.realm().roles().get(name).toRepresentation());
        } catch (NotFoundException missing) {
            throw new Invalid("The realm has no role '" + name + "'; add Copydesk's roles to the realm first");
        }
    }

    /**
     * Runs a call to Keycloak. A 404 stays a {@link NotFoundException} for the caller to name what is missing;
     * anything else that fails is a passing unavailability with its reason. A token Keycloak no longer accepts
     * (it restarted on a fresh database) is renewed and the call made once more: refused, it changed nothing.
     */
    private <T> T ask(String what, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (NotFoundException missing) {
                throw missing;
            } catch (WebApplicationException | ProcessingException failed) {
                WebApplicationException answer = answerIn(failed);
                int status = answer == null ? 0 : answer.getResponse().getStatus();
                if (attempt == 1 && status == 401 && keycloak.renewToken()) {
                    continue;
                }
                LOG.log(Level.WARNING, "Keycloak's admin API failed to " + what, failed);
                throw unavailable(what, status, failed);
            }
        }
    }

    /**
     * Why Keycloak could not do it: unreachable (no HTTP status), refusing the service account, or failing
     * itself.
     */
    static Unavailable unavailable(String what, int status, Throwable failed) {
        if (status == 401 || status == 403) {
            return new Unavailable("Keycloak refused the service account copydesk-admin-console (HTTP " + status
                    + ") when asked to " + what + ": check its secret (copydesk.directory.client-secret) and its"
                    + " realm-management roles; nothing was changed");
        }
        if (status != 0) {
            return new Unavailable("Keycloak answered HTTP " + status + " when asked to " + what
                    + "; nothing was changed, try again in a moment");
        }
        return new Unavailable("Keycloak cannot be reached to " + what + " (" + rootMessage(failed)
                + "); nothing was changed, try again in a moment");
    }

    /** The HTTP answer behind a failure, also when it came while fetching the service account's token. */
    private static WebApplicationException answerIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException answer && answer.getResponse() != null) {
                return answer;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static boolean isServiceAccount(UserRepresentation user) {
        return user.getUsername() == null || user.getUsername().startsWith(SERVICE_ACCOUNT)
                || user.getServiceAccountClientId() != null;
    }

    private static boolean isEnabled(UserRepresentation person) {
        return Boolean.TRUE.equals(person.isEnabled());
    }

    private static UserView view(UserRepresentation person, List<String> roles) {
        return new UserView(person.getId(), person.getUsername(), person.getFirstName(), person.getLastName(),
                person.getEmail(), isEnabled(person), roles);
    }

    private static String describe(UserRepresentation person) {
        return "user '" + person.getUsername() + "' (" + person.getId() + ")";
    }

    private static List<String> sorted(Stream<String> roles) {
        return List.copyOf(roles.collect(Collectors.toCollection(TreeSet::new)));
    }

    private static String listed(List<String> roles) {
        return roles.isEmpty() ? "none" : String.join(", ", roles);
    }
}

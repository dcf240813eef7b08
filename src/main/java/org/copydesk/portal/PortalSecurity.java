package org.copydesk.portal;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdProviderMetadata;
import org.copydesk.security.entity.Role;

/**
 * Browser sign-in through Keycloak. The realm's roles arrive in the flat {@code groups} claim and become the
 * caller's roles. Payara 6 sends no PKCE challenge, so the portal client proves itself with its secret.
 * <p>
 * The browser goes to Keycloak's login through {@link SignInRelay}: the mechanism reads Keycloak's endpoints once and
 * would otherwise keep sending browsers to a login page that is down.
 */
@ApplicationScoped
@DeclareRoles({Role.INGEST, Role.TRIAGE_EDITOR, Role.FACT_CHECKER, Role.PUBLISHER, Role.ADMIN, Role.READER,
        Role.SUPERVISOR})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${portalConfig.providerUri}",
        clientId = "${portalConfig.clientId}",
        clientSecret = "${portalConfig.clientSecret}",
        redirectURI = "${baseURL}/Callback",
        providerMetadata = @OpenIdProviderMetadata(authorizationEndpoint = "${portalConfig.signInRelay}"),
        // an expired access token is refreshed on the next page or ajax request instead of failing API calls
        tokenAutoRefresh = true,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
public class PortalSecurity {
}

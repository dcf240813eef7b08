/**
 * The reviewer portal's sign-in: browser login through Keycloak (OpenID Connect, authorization code flow). It is
 * packaged as a WAR of its own, copydesk-portal.war, because a Jakarta Security 3 application carries one
 * authentication mechanism and the API's is MP-JWT; the build keeps these classes out of copydesk.war.
 */
package org.copydesk.portal;

/**
 * The reviewer portal: browser sign-in through Keycloak (OpenID Connect, authorization code flow) and the Faces
 * pages editors, fact-checkers and publishers work in. Every page reads and acts through the workflow REST API as
 * the signed-in person, so the rules and the audit trail live in the API alone. It is packaged as a WAR of its own,
 * copydesk-portal.war, because a Jakarta Security 3 application carries one authentication mechanism and the API's
 * is MP-JWT; the build keeps these classes and the pages in src/main/portal out of copydesk.war.
 */
package org.copydesk.portal;

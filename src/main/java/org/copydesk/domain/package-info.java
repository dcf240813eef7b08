/**
 * The refusals every feature may throw from its controls; this package depends on nothing else in Copydesk, and
 * the web layer maps each refusal to problem+json once.
 */
package org.copydesk.domain;

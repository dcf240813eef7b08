package org.copydesk.workflow.entity;

/** Why a workflow definition cannot be deployed: the BPMN element at fault (null for the whole file) and what is wrong. */
public record DefinitionProblem(String element, String message) {
}

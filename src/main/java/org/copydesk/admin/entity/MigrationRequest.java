package org.copydesk.admin.entity;

import jakarta.validation.constraints.NotBlank;

/** The workflow version whose running articles move to the one named in the path. */
public record MigrationRequest(@NotBlank(message = "the version to migrate from is required") String fromDefinitionId) {
}

package org.copydesk.admin.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.copydesk.domain.NoControlCharacters;

/** Why an admin stops an article's review for good. */
public record Cancellation(@NotBlank(message = "a reason is required") @Size(max = 2000) @NoControlCharacters String reason) {
}

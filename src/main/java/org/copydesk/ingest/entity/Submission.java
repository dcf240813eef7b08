package org.copydesk.ingest.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.copydesk.domain.NoControlCharacters;

/** An article as a client sent it, before it is stored: the original bytes and what was read from them. */
public record Submission(
        @NotBlank(message = "a title is required (JSON field 'title', header 'X-Article-Title' or the first line)")
        @Size(max = MAX_TITLE, message = "the title is longer than {max} characters")
        @NoControlCharacters
        String title,
        @NotBlank(message = "the article body is empty")
        @NoControlCharacters
        String text,
        @NotBlank(message = "a source is required (JSON field 'source' or header 'X-Article-Source')")
        @Size(max = MAX_SOURCE, message = "the source is longer than {max} characters")
        @NoControlCharacters
        String source,
        @Size(max = MAX_URL, message = "the url is longer than {max} characters")
        @Pattern(regexp = "(?i)https?://\\S+", message = "the url must be an http or https address")
        String url,
        @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*",
                message = "the language must be a language tag such as 'en' or 'fr-CA'")
        String language,
        String mediaType,
        byte[] original) {

    public static final int MAX_TITLE = 1000;
    public static final int MAX_SOURCE = 200;
    public static final int MAX_URL = 2000;
}

package org.copydesk.platform;

import jakarta.json.spi.JsonProvider;

/** JSON-P's provider, looked up once: each {@code Json.create...} call would search the class path for it again. */
public final class JsonDocuments {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonDocuments() {
    }
}

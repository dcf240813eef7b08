package org.copydesk.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON bodies must be UTF-8 (RFC 8259); the JSON reader would replace bytes that are not with U+FFFD and store
 * the result. The body is already bounded by {@link RequestSizeLimit}, so reading it whole is safe.
 */
@Provider
public class StrictJsonDecoding implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"))) {
            byte[] body = context.getInputStream().readAllBytes();
            StrictDecoding.decode(body, StandardCharsets.UTF_8, "; JSON is read as UTF-8");
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }
}

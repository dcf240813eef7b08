package org.copydesk.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.copydesk.platform.StoredSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over the limit (an admin's setting, else the configured one), whether or not the client
 * announced their length.
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

    /** The stored setting that overrides {@code copydesk.api.max-body-bytes}. */
    public static final String MAX_BODY_SETTING = "upload.max-bytes";

    @Inject
    @ConfigProperty(name = "copydesk.api.max-body-bytes", defaultValue = "5242880")
    long configuredMaxBodyBytes;

    @Inject
    StoredSettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        long maxBodyBytes = settings.get(MAX_BODY_SETTING).map(Long::parseLong).orElse(configuredMaxBodyBytes);
        if (request.getLength() > maxBodyBytes) {
            throw ProblemException.payloadTooLarge(maxBodyBytes);
        }
        request.setEntityStream(new BoundedInputStream(request.getEntityStream(), maxBodyBytes));
    }

    private static final class BoundedInputStream extends FilterInputStream {

        private final long limit;
        private long read;

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw ProblemException.payloadTooLarge(limit);
            }
        }
    }
}

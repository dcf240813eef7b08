package org.copydesk.ingest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the sample articles the project ships, through the same intake as any client. Ingest is idempotent,
 * so loading at every start never stores one twice.
 */
@ApplicationScoped
public class SampleArticles {

    private static final Logger LOG = Logger.getLogger(SampleArticles.class.getName());
    static final String SAMPLES = "/WEB-INF/classes/samples/";
    public static final String SOURCE = "copydesk-samples";

    @Inject
    @ConfigProperty(name = "copydesk.samples.load", defaultValue = "true")
    boolean load;

    @Inject
    ArticleIntake intake;

    public void loadIfWanted(ServletContext context) {
        if (!load) {
            return;
        }
        Set<String> paths = new TreeSet<>(context.getResourcePaths(SAMPLES));
        long created = paths.stream().filter(path -> path.endsWith(".txt"))
                .map(path -> read(context, path))
                .map(bytes -> intake.receive(SubmissionReader.fromPlainText(bytes,
                        new String(bytes, StandardCharsets.UTF_8), null, SOURCE, null, null)))
                .filter(ArticleIntake.Receipt::created)
                .count();
        LOG.info(() -> "Sample articles: " + created + " new of " + paths.size());
    }

    private static byte[] read(ServletContext context, String path) {
        try (InputStream in = context.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}

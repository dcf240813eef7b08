package org.copydesk.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.Metric;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Snapshot;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The MicroProfile registries (base: the JVM; vendor: Payara; application) in the Prometheus text format, named
 * and labelled as MicroProfile Metrics 5 names them ({@code mp_scope}, time in seconds).
 */
@ApplicationScoped
public class ServerMetrics {

    public static final String MEDIA_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final Map<String, Double> SECONDS_PER = Map.of(MetricUnits.NANOSECONDS, 1e-9,
            MetricUnits.MICROSECONDS, 1e-6, MetricUnits.MILLISECONDS, 1e-3, MetricUnits.SECONDS, 1.0,
            MetricUnits.MINUTES, 60.0, MetricUnits.HOURS, 3600.0, MetricUnits.DAYS, 86400.0);

    @Inject
    @RegistryScope(scope = MetricRegistry.BASE_SCOPE)
    MetricRegistry base;

    @Inject
    @RegistryScope(scope = MetricRegistry.VENDOR_SCOPE)
    MetricRegistry vendor;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry application;

    public String text() {
        Exposition text = new Exposition();
        text.add(MetricRegistry.BASE_SCOPE, base);
        text.add(MetricRegistry.VENDOR_SCOPE, vendor);
        text.add(MetricRegistry.APPLICATION_SCOPE, application);
        return text.toString();
    }

    /** Prometheus names: letters, digits and underscores, the unit last. */
    static String nameOf(String name, String unit) {
        String sanitized = name.replaceAll("[^a-zA-Z0-9_]", "_");
        return MetricUnits.NONE.equals(unit) || unit.isBlank() || sanitized.endsWith("_" + unit)
                ? sanitized : sanitized + "_" + unit.replaceAll("[^a-zA-Z0-9_]", "_");
    }

    /** One text; each family's HELP and TYPE once, before its first sample. */
    static final class Exposition {

        private final StringBuilder text = new StringBuilder();
        private final Set<String> announced = new HashSet<>();

        void add(String scope, MetricRegistry registry) {
            registry.getMetrics().forEach((id, metric) -> {
                Metadata metadata = registry.getMetadata(id.getName());
                String unit = metadata == null ? MetricUnits.NONE : metadata.unit().orElse(MetricUnits.NONE);
                double scale = SECONDS_PER.getOrDefault(unit, 1.0);
                String name = nameOf(id.getName(), SECONDS_PER.containsKey(unit) ? MetricUnits.SECONDS : unit);
                String help = metadata == null ? "" : metadata.description().orElse("");
                add(name, help, labelsOf(scope, id), metric, scale);
            });
        }

        private void add(String name, String help, String labels, Metric metric, double scale) {
            if (metric instanceof Counter counter) {
                announce(name + "_total", help, "counter");
                sample(name + "_total", labels, counter.getCount());
            } else if (metric instanceof Gauge<?> gauge) {
                Number value = gauge.getValue();
                if (value != null) {
                    announce(name, help, "gauge");
                    sample(name, labels, scale == 1.0 ? value : value.doubleValue() * scale);
                }
            } else if (metric instanceof Timer timer) {
                summary(nameOf(name, MetricUnits.SECONDS), help, labels, timer.getCount(),
                        timer.getElapsedTime().toNanos() / 1e9, timer.getSnapshot(), 1e-9);
            } else if (metric instanceof Histogram histogram) {
                summary(name, help, labels, histogram.getCount(), histogram.getSum(), histogram.getSnapshot(), scale);
            }
        }

        private void summary(String name, String help, String labels, long count, Number sum, Snapshot snapshot,
                             double scale) {
            announce(name, help, "summary");
            for (Snapshot.PercentileValue percentile : snapshot.percentileValues()) {
                sample(name, labels + ",quantile=\"" + percentile.getPercentile() + "\"",
                        percentile.getValue() * scale);
            }
            sample(name + "_count", labels, count);
            sample(name + "_sum", labels, sum);
        }

        private void announce(String name, String help, String type) {
            if (announced.add(name)) {
                if (!help.isBlank()) {
                    text.append("# HELP ").append(name).append(' ')
                            .append(help.replace("\\", "\\\\").replace("\n", " ").strip()).append('\n');
                }
                text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
            }
        }

        private void sample(String name, String labels, Number value) {
            text.append(name).append('{').append(labels).append("} ").append(value).append('\n');
        }

        private static String labelsOf(String scope, MetricID id) {
            Map<String, String> tags = new TreeMap<>(id.getTags());
            tags.put("mp_scope", scope);
            return tags.entrySet().stream()
                    .map(tag -> tag.getKey().replaceAll("[^a-zA-Z0-9_]", "_") + "=\"" + tag.getValue()
                            .replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"")
                    .collect(Collectors.joining(","));
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}

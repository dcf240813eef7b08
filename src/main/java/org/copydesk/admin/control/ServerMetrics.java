package org.copydesk.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.util.HashSet;
import java.util.Set;

/**
 * The JVM's figures in the Prometheus text format, named as MicroProfile Metrics names its base metrics
 * ({@code mp_scope="base"}, time in seconds). They are read from the JVM itself: Payara's metrics service, whose
 * registries would hold them, is switched off at pre-boot because it serves them to anyone.
 */
@ApplicationScoped
public class ServerMetrics {

    public static final String MEDIA_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final String BASE = "mp_scope=\"base\"";

    public String text() {
        Exposition text = new Exposition();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        text.gauge("memory_usedHeap_bytes", "Heap memory in use", BASE, heap.getUsed());
        text.gauge("memory_committedHeap_bytes", "Heap memory committed by the JVM", BASE, heap.getCommitted());
        text.gauge("memory_maxHeap_bytes", "The most heap memory the JVM may use", BASE, heap.getMax());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        text.gauge("thread_count", "Live threads", BASE, threads.getThreadCount());
        text.gauge("thread_daemon_count", "Live daemon threads", BASE, threads.getDaemonThreadCount());
        text.gauge("thread_max_count", "The most live threads since the JVM started", BASE,
                threads.getPeakThreadCount());
        text.gauge("jvm_uptime_seconds", "Time since the JVM started", BASE,
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        text.gauge("classloader_loadedClasses_count", "Classes loaded now", BASE, classes.getLoadedClassCount());
        text.counter("classloader_loadedClasses", "Classes loaded since the JVM started", BASE,
                classes.getTotalLoadedClassCount());
        OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
        text.gauge("cpu_availableProcessors", "Processors available to the JVM", BASE,
                system.getAvailableProcessors());
        text.gauge("cpu_systemLoadAverage", "System load average over the last minute", BASE,
                system.getSystemLoadAverage());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            String labels = BASE + ",name=\"" + collector.getName().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            text.counter("gc", "Garbage collections", labels, collector.getCollectionCount());
            text.gauge("gc_time_seconds", "Time spent in garbage collection", labels,
                    collector.getCollectionTime() / 1000.0);
        }
        return text.toString();
    }

    /** One text; each family's HELP and TYPE once, before its first sample. */
    static final class Exposition {

        private final StringBuilder text = new StringBuilder();
        private final Set<String> announced = new HashSet<>();

        void gauge(String name, String help, String labels, Number value) {
            sample(name, help, "gauge", name, labels, value);
        }

        void counter(String name, String help, String labels, Number value) {
            sample(name + "_total", help, "counter", name + "_total", labels, value);
        }

        private void sample(String family, String help, String type, String name, String labels, Number value) {
            if (announced.add(family)) {
                text.append("# HELP ").append(family).append(' ').append(help).append('\n')
                        .append("# TYPE ").append(family).append(' ').append(type).append('\n');
            }
            text.append(name).append('{').append(labels).append("} ").append(value).append('\n');
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}

package org.copydesk.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.copydesk.it.CopydeskServer;

/**
 * The CPU a phase cost: the server process's own time, and how busy the whole machine was (from Linux's
 * {@code /proc/stat}; the database, the clients and the benchmark share it). With the machine busy, the server's
 * milliseconds per article say how many articles a second more cores would carry.
 */
record CpuUse(Duration server, long machineBusy, long machineTotal) {

    private static final Path STAT = Path.of("/proc/stat");

    static CpuUse of(CopydeskServer server) {
        long[] machine = machineTicks();
        return new CpuUse(server.cpuTime(), machine[0], machine[1]);
    }

    /** "server 41.2 ms CPU per article, 1.38 cores; machine 97 % busy", from this reading to now. */
    String since(CopydeskServer server, int articles, double seconds) {
        CpuUse now = of(server);
        double serverMillis = now.server.minus(this.server).toNanos() / 1e6;
        long total = now.machineTotal - machineTotal;
        String machine = total <= 0 ? "machine load unknown"
                : String.format(Locale.ROOT, "machine %.0f %% busy", 100.0 * (now.machineBusy - machineBusy) / total);
        return String.format(Locale.ROOT, "server %.1f ms CPU per article, %.2f cores; %s",
                serverMillis / Math.max(1, articles), serverMillis / 1000 / seconds, machine);
    }

    /** Busy and total ticks of all cores since boot; zeros where there is no {@code /proc/stat}. */
    private static long[] machineTicks() {
        try {
            String cpu = Files.readAllLines(STAT).get(0);
            long[] ticks = Arrays.stream(cpu.substring("cpu".length()).trim().split("\\s+"))
                    .mapToLong(Long::parseLong).toArray();
            long idle = ticks[3] + (ticks.length > 4 ? ticks[4] : 0);
            long total = Arrays.stream(ticks).limit(8).sum();
            return new long[] {total - idle, total};
        } catch (Exception unavailable) {
            return new long[] {0, 0};
        }
    }
}

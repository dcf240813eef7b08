package org.copydesk.benchmark;

/** Figures of sorted timings in nanoseconds. */
public final class Timings {

    private Timings() {
    }

    public static long median(long[] sorted) {
        return sorted[sorted.length / 2];
    }

    public static long p90(long[] sorted) {
        return sorted[sorted.length * 9 / 10];
    }

    public static long p99(long[] sorted) {
        return sorted[Math.min(sorted.length - 1, sorted.length * 99 / 100)];
    }

    /** Seconds since a {@link System#nanoTime()} reading. */
    public static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    public static double millis(long nanos) {
        return nanos / 1e6;
    }
}

package com.callannotator.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Order statistics of a set of timings, in milliseconds.
 *
 * @param count how many timings
 * @param medianMs the median (the mean of the two middle values for an even count)
 * @param minMs the smallest
 * @param maxMs the largest
 * @param p99Ms the 99th percentile, nearest-rank
 */
record Summary(int count, double medianMs, double minMs, double maxMs, double p99Ms) {

    /**
     * Summarises {@code timings}.
     *
     * @throws IllegalArgumentException when there are none
     */
    static Summary of(List<Duration> timings) {
        if (timings.isEmpty()) {
            throw new IllegalArgumentException("no timings to summarise");
        }
        List<Double> ms = new ArrayList<>();
        for (Duration timing : timings) {
            ms.add(timing.toNanos() / 1e6);
        }
        Collections.sort(ms);
        int n = ms.size();
        double median = n % 2 == 1 ? ms.get(n / 2) : (ms.get(n / 2 - 1) + ms.get(n / 2)) / 2;
        int p99Rank = (int) Math.ceil(0.99 * n); // Nearest rank, 1-based.
        return new Summary(n, median, ms.get(0), ms.get(n - 1), ms.get(p99Rank - 1));
    }
}

package com.callannotator.local.crac;

/**
 * Loaded for the first time when the hooks have run after the restore, so that its own {@code -Xlog:class+load}
 * line marks the restore inside the class-load log. A line printed from Java could not: HotSpot writes that log
 * outside {@code System.err}'s lock, and the two interleave mid-line.
 */
final class RestoreMarker {
    private RestoreMarker() {
    }

    /** Does nothing; calling it is what loads the class. */
    static void reached() {
    }
}

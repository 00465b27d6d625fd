package com.callannotator.local.crac;

/** A {@code beforeCheckpoint} hook failed; each failure is a suppressed exception. */
public class CheckpointException extends Exception {
    private static final long serialVersionUID = 1L;

    public CheckpointException() {
        super("a beforeCheckpoint hook failed");
    }
}

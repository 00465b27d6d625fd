package com.callannotator.local.crac;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The global context: keeps what registers, in order, and runs the hooks as CRaC does ({@code beforeCheckpoint} in
 * reverse registration order, {@code afterRestore} in registration order). It reports each registration on
 * {@code out}. The first use of {@link RestoreMarker} marks the restore in the class-load log, so the benchmark can
 * count the classes loaded after it.
 */
final class RecordingContext extends Context<Resource> {
    private final PrintStream out;
    private final List<Resource> resources = new ArrayList<>();

    RecordingContext(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void register(Resource resource) {
        resources.add(resource);
        out.println(ShimClasspath.REGISTERED + resource);
    }

    /** What has registered so far, in registration order. */
    synchronized List<Resource> registered() {
        return List.copyOf(resources);
    }

    @Override
    public synchronized void beforeCheckpoint(Context<? extends Resource> context) throws CheckpointException {
        CheckpointException failed = new CheckpointException();
        List<Resource> inOrder = registered();
        for (int i = inOrder.size() - 1; i >= 0; i--) {
            try {
                inOrder.get(i).beforeCheckpoint(this);
            } catch (Exception e) {
                failed.addSuppressed(e);
            }
        }
        if (failed.getSuppressed().length > 0) {
            throw failed;
        }
    }

    @Override
    public synchronized void afterRestore(Context<? extends Resource> context) throws RestoreException {
        RestoreException failed = new RestoreException();
        for (Resource resource : registered()) {
            try {
                resource.afterRestore(this);
            } catch (Exception e) {
                failed.addSuppressed(e);
            }
        }
        RestoreMarker.reached();
        if (failed.getSuppressed().length > 0) {
            throw failed;
        }
    }
}

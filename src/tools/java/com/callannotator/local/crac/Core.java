package com.callannotator.local.crac;

/**
 * The {@code javax.crac.Core} shape: the global context, and a checkpoint-and-restore that only runs the hooks.
 *
 * <p>In the runtime JVM the global context is also registered with the runtime client's own CRaC context, so the
 * client's SnapStart sequence ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}) runs these hooks at the moment
 * Lambda would: after init, around {@code GET /runtime/restore/next}, before the first event.
 */
public final class Core {
    private static final RecordingContext GLOBAL = new RecordingContext(System.err);
    /** Held here: the runtime client's context keeps its resources only weakly. */
    private static final Object RUNTIME_HOOK = runtimeClientPresent() ? RuntimeClientHook.install(GLOBAL) : null;

    private Core() {
    }

    public static Context<Resource> getGlobalContext() {
        return GLOBAL;
    }

    /** Runs every {@code beforeCheckpoint}, then every {@code afterRestore}; no JVM image is taken. */
    public static void checkpointRestore() throws CheckpointException, RestoreException {
        GLOBAL.beforeCheckpoint(GLOBAL);
        GLOBAL.afterRestore(GLOBAL);
    }

    /** Whether the runtime client's SnapStart sequence drives the hooks (its classes are on the path). */
    static boolean drivenByRuntimeClient() {
        return RUNTIME_HOOK != null;
    }

    private static boolean runtimeClientPresent() {
        try {
            Class.forName("com.amazonaws.services.lambda.crac.Core", false, Core.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}

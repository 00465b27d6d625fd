package com.callannotator.local.crac;

import com.amazonaws.services.lambda.crac.Context;
import com.amazonaws.services.lambda.crac.Resource;

/** Forwards the runtime client's own CRaC hooks (its SnapStart sequence) to the recording context. */
final class RuntimeClientHook implements Resource {
    private final RecordingContext target;

    private RuntimeClientHook(RecordingContext target) {
        this.target = target;
    }

    /** Registers a forwarder with the runtime client's global context; keep the result referenced. */
    static Object install(RecordingContext target) {
        RuntimeClientHook hook = new RuntimeClientHook(target);
        com.amazonaws.services.lambda.crac.Core.getGlobalContext().register(hook);
        return hook;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) throws Exception {
        target.beforeCheckpoint(target);
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) throws Exception {
        target.afterRestore(target);
    }
}

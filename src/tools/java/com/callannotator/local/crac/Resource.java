package com.callannotator.local.crac;

/** The {@code javax.crac.Resource} shape: org.crac's proxies of registered resources implement it. */
public interface Resource {

    void beforeCheckpoint(Context<? extends Resource> context) throws Exception;

    void afterRestore(Context<? extends Resource> context) throws Exception;
}

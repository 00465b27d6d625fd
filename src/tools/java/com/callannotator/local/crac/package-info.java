/**
 * An emulated SnapStart for the local runtime: the {@code javax.crac} shapes ({@link Core}, {@link Context},
 * {@link Resource}, {@link CheckpointException}, {@link RestoreException}) that org.crac 1.5 delegates to when the
 * runtime JVM runs with {@code -Dorg.crac.Core.Compat=com.callannotator.local.crac}.
 *
 * <p>org.crac picks its implementation by that property, then {@code javax.crac}, then {@code jdk.crac}; Lambda
 * itself points it at the runtime client's {@code com.amazonaws.services.lambda.crac}. This package records what
 * registers and is driven by the same runtime client's SnapStart sequence ({@code AWS_LAMBDA_INITIALIZATION_TYPE=
 * snap-start}: init, {@code beforeCheckpoint}, {@code GET /runtime/restore/next}, {@code afterRestore}, first event).
 * It has its own package name, not {@code javax.crac}, so it is never picked up by accident on a test classpath.
 * A developer tool, never shipped.
 */
package com.callannotator.local.crac;

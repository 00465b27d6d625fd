/**
 * A Docker-free {@code sam local invoke}: a local Lambda Runtime API that drives the real runtime interface client
 * in its own JVM, plus the cold-start benchmark built on it. Developer tools (src/tools/java, compiled into
 * target/tools-classes): nothing here is shipped, and nothing in {@code src/main} may depend on it.
 */
package com.callannotator.local;

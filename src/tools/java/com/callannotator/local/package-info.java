/**
 * A Docker-free {@code sam local invoke}: a local Lambda Runtime API that drives the real runtime interface client
 * in its own JVM, plus the cold-start benchmark built on it. Test scope only: nothing here is shipped, and nothing
 * in {@code src/main} may depend on it.
 */
package com.callannotator.local;

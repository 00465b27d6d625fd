/**
 * Test-only fakes and fixtures shared across test packages: fake time and context, in-memory
 * and local (moto_server) queues and secrets, and the function built with its log lines sent nowhere. Nothing here
 * is used by {@code src/main}. The Insights stand-in of this package lives with the developer tools
 * (src/tools/java), so the tests and {@code scripts/insights-standin} run the same class.
 */
package com.callannotator.testutils;

/**
 * Test-only fakes and fixtures shared across test packages: the Insights stand-in, fake time and context, in-memory
 * and local (moto_server) queues and secrets, and the function built with its log lines sent nowhere. Nothing here
 * is used by {@code src/main}.
 */
package com.callannotator.testutils;

/**
 * Tiny Lambda handlers that {@code LocalInvokeTest} and {@code ColdStartBenchmark} copy into throw-away task roots:
 * test fixtures only, never shipped.
 */
package com.callannotator.local.handlers;

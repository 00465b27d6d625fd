/**
 * The neutral HTTP model the Lambda adapters convert to and from, the routes, and their responses (TwiML, JSON,
 * empty). No AWS types, no HTTP client, no environment.
 */
package com.callannotator.webhook;

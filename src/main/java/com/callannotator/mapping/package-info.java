/**
 * Turning what Twilio tells us into annotations: status callbacks, survey answers and explicit submissions.
 * Pure domain code: no AWS, no HTTP client, no environment, no clock.
 */
package com.callannotator.mapping;

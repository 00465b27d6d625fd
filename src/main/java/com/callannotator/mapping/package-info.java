/**
 * Turning what Twilio tells us into annotations: pure functions over typed inputs ({@link
 * com.callannotator.mapping.StatusCallback}, explicit submissions). No AWS, no HTTP, no environment, no clock.
 */
package com.callannotator.mapping;

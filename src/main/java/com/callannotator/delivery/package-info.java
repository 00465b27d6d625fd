/**
 * Getting an accepted annotation to Twilio: posting, retrying what is transient, deferring to the retry queue, and
 * reporting the outcome as a value.
 */
package com.callannotator.delivery;

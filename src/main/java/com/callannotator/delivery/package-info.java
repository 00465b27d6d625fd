/**
 * Getting an accepted annotation to Twilio: posting, retrying what is transient, deferring to the SQS retry queue,
 * another round for each message from that queue, and reporting the outcome as a value.
 */
package com.callannotator.delivery;

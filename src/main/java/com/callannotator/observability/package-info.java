/**
 * What operators see: one structured JSON log line per request, which is also a CloudWatch Embedded Metric Format
 * record, and the replayable line of an annotation that could be neither posted nor queued. Nothing here may print a
 * phone number, token, secret or signature.
 */
package com.callannotator.observability;

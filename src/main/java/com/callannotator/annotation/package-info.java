/**
 * The Call Annotation as Twilio Voice Insights defines it: the value type, its enums with Twilio's exact wire
 * values, and the rules of the contract. Pure domain code: no AWS, no HTTP, no environment, no clock.
 *
 * @see <a href="https://www.twilio.com/docs/voice/voice-insights/api/call/call-annotation-resource">Call Annotation</a>
 */
package com.callannotator.annotation;

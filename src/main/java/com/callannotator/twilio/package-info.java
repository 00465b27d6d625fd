/**
 * The Twilio Voice Insights REST client for Call Annotations (the JDK's {@code HttpURLConnection}, no Twilio SDK) and
 * Twilio's error model, with the one table that turns an answer into a verdict. The only package that knows the wire
 * encoding of an annotation.
 *
 * @see <a href="https://www.twilio.com/docs/voice/voice-insights/api/call/call-annotation-resource">Call Annotation</a>
 */
package com.callannotator.twilio;

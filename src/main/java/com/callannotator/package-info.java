/** Call Annotator: Twilio voice webhooks become Twilio Voice Insights Call Annotations. */
package com.callannotator;

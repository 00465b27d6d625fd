/**
 * Twilio's request signature ({@code X-Twilio-Signature}): computing it, and checking it for form and JSON bodies.
 * Pure code: no AWS, no HTTP client, no environment. Never log a signature or an auth token.
 *
 * @see <a href="https://www.twilio.com/docs/usage/webhooks/webhooks-security">Twilio webhook security</a>
 */
package com.callannotator.security;

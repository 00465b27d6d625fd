/**
 * The neutral HTTP model the Lambda adapters convert to and from, form encoding, the routes, and their responses
 * (TwiML, JSON, empty). Routes parse Twilio's parameters into the core's typed inputs once and render what the core
 * decides. No AWS types, no HTTP client, no environment.
 */
package com.callannotator.webhook;

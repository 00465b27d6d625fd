/**
 * Where the Twilio credentials come from: AWS Secrets Manager in production (cached), the environment for local
 * development. Credentials never reach a log: their {@code toString} is redacted.
 */
package com.callannotator.credentials;

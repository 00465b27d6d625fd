/**
 * AWS Lambda entry points only (HTTP API v2, REST API v1, SQS retry queue): each converts its event into the neutral
 * webhook model or a retry message and back, and logs once per request or message; plus the priming that warms the
 * request path at start-up and before a SnapStart snapshot. AWS event beans stay in this package; no rules live here.
 */
package com.callannotator.lambda;

/**
 * AWS calls on the SDK's own core, without a service module: {@link com.callannotator.aws.AwsJsonCall} signs an AWS
 * JSON 1.1 request with the SDK's SigV4 signer and sends it with the function's HTTP client, within a time limit.
 * Used for EventBridge's {@code PutEvents} and Secrets Manager's {@code GetSecretValue} (docs/performance.md).
 */
package com.callannotator.aws;

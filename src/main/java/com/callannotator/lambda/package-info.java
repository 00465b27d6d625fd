/**
 * AWS Lambda entry points only: each converts its event into the neutral webhook model and back, and logs once.
 * Nothing else happens here.
 */
package com.callannotator.lambda;

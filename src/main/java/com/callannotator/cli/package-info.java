/**
 * Terminal entry points ({@code scripts/}): each reads its arguments and environment, calls the same code as the
 * function (submission parsing, credentials source, Insights client) and prints the outcome. No rules of their own,
 * and nothing the Lambda entry points use.
 */
package com.callannotator.cli;

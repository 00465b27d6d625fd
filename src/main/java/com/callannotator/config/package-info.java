/** Every setting, read once from the environment at start-up and validated together. */
package com.callannotator.config;

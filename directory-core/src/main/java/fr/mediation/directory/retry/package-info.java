/** Trying a call to another service again: one retry policy library, waits that tests control. */
package fr.mediation.directory.retry;

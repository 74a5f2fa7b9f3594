/** Readers of the national standard v1: CSV with | lists, and the JSON array form. */
package fr.mediation.directory.feed.standard;

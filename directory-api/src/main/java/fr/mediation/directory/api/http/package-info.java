/** HTTP behaviour of the read API: entity tags and 304, cache lifetimes, CORS. */
package fr.mediation.directory.api.http;

/** Backend-specific analysis definitions of the venue index. Not an API. */
package fr.mediation.directory.venue.search.internal;

/** JPA plumbing of the venue model: column converters. Not an API. */
package fr.mediation.directory.venue.internal;

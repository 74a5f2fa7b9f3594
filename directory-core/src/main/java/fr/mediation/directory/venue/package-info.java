/** Venues of the national standard: the entity, its row form, and their persistence. */
package fr.mediation.directory.venue;

/** The venue endpoints: search and detail, with their DTO records. */
package fr.mediation.directory.api.venue;

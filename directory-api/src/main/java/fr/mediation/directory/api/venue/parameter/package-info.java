/** Converters of the venue API's query parameters, one per kind of value. */
package fr.mediation.directory.api.venue.parameter;

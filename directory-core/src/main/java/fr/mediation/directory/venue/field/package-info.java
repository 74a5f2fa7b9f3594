/** Value objects for the fields of the national standard: each normalises, then validates. */
package fr.mediation.directory.venue.field;

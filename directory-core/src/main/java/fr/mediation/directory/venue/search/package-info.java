/** Searching venues: the one search class, its query and result types, analyzer names. */
package fr.mediation.directory.venue.search;

/** Searching venues: the façade, its predicates, orders, facets, clusters and hit projections. */
package fr.mediation.directory.venue.search;

/** French communes: the official reference, consistency checks, and an offline geocoder. */
package fr.mediation.directory.geo;

/** When venues are open: OSM hours evaluated in the venue's own time zone, with French holidays. */
package fr.mediation.directory.venue.hours;

/**
 * Reading opening hours written the way French hubs write them, into the OpenStreetMap {@code
 * opening_hours} syntax, without ever presenting a guess as a fact: what is not understood exactly
 * is flagged, with a French reason, and the hub's own text is kept.
 */
package fr.mediation.directory.feed.hours;

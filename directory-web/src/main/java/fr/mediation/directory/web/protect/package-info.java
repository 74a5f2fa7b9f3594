/**
 * Protection of the public service against a single client taking it all: a per-client request
 * budget on the API and the pages, and a much smaller one on error reports.
 */
package fr.mediation.directory.web.protect;

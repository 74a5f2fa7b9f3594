/**
 * Protection of the public service: a per-client request budget on the API and the pages, a much
 * smaller one on error reports, and the citizens' reads served a few at a time, in turn, under
 * load.
 */
package fr.mediation.directory.web.protect;

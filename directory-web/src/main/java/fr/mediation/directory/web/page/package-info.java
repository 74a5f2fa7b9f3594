/** The citizens' pages (search, venue, orientation), rendered on the server, enhanced by script. */
package fr.mediation.directory.web.page;

/** The sources endpoints: runs, reports, the push feed, and their administration. */
package fr.mediation.directory.api.source;

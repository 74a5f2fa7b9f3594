/** What citizens report as wrong in a venue's listing ("Signaler une erreur"), for its source. */
package fr.mediation.directory.report;

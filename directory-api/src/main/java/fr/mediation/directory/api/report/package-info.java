/** {@code /error-reports}: citizens report what is wrong in a venue's listing. */
package fr.mediation.directory.api.report;

/**
 * The administrator’s pages of the console: sources, held imports, duplicates, decisions, reports,
 * journal.
 */
package fr.mediation.directory.web.console.admin;

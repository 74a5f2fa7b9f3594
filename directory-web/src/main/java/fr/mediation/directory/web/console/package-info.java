/** The console of hubs and administrators under /console: sign-in, sessions, CSRF, pages. */
package fr.mediation.directory.web.console;

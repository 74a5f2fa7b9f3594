/**
 * The directory's MicroProfile Health checks, served by Liberty at {@code /health/ready} and {@code
 * /health/live}: readiness is DOWN when the database, the search index or the schema cannot serve;
 * the index rebuild and the federation backlog are reported in the checks' data. A check that
 * cannot read what it reports is DOWN, with the error. See docs/operations.md.
 */
package fr.mediation.directory.web.health;

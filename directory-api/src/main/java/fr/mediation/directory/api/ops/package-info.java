/**
 * What operators watch: the directory's Prometheus metrics (served by Liberty's mpMetrics at {@code
 * /metrics}), their names in one place ({@link Metrics}), how requests, searches and federation are
 * timed, and the gauges read from the database (federation backlog, index outbox, each source's
 * last harvest and import totals). See docs/operations.md.
 */
package fr.mediation.directory.api.ops;

/** The database schema, owned by Flyway migrations. */
package fr.mediation.directory.database;

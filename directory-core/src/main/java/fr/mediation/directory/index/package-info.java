/**
 * Maintenance of the search index: rebuilding it from the database while the directory serves, and
 * bringing it back to the database at start-up.
 */
package fr.mediation.directory.index;

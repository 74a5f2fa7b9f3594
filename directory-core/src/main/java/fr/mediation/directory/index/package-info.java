/** Maintenance of the search index: rebuilding it from the database while the directory serves. */
package fr.mediation.directory.index;

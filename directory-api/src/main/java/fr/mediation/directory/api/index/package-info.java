/** The administration of the search index: rebuilding it and following the rebuild. */
package fr.mediation.directory.api.index;

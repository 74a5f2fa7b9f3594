/** Sources of venues and the record of their imports. */
package fr.mediation.directory.source;

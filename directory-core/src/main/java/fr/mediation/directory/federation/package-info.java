/** Federation: recognising the same venue published by several sources. */
package fr.mediation.directory.federation;

/** Errors as RFC 9457 problem details: the one exception-mapper family. */
package fr.mediation.directory.api.problem;

/** The public REST API: JAX-RS application, JSON configuration. */
package fr.mediation.directory.api;

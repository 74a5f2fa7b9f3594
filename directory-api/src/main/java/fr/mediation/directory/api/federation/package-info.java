/** Federation by hand: decisions that two listings are, or are not, the same venue. */
package fr.mediation.directory.api.federation;

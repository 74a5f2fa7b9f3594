/** Texts people read, in English and French, from resource bundles beside the code using them. */
package fr.mediation.directory.message;

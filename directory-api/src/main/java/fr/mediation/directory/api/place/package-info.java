/** {@code /places}: communes, arrondissements and postcodes for search boxes. */
package fr.mediation.directory.api.place;

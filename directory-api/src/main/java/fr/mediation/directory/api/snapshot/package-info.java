/**
 * Scheduled snapshots of the national export, with checksums and a harvestable metadata document.
 */
package fr.mediation.directory.api.snapshot;

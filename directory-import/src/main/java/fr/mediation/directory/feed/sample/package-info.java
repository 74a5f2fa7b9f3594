/** The project own sample dataset, loaded at first start. */
package fr.mediation.directory.feed.sample;

/** Feeds: the row model every source adapter produces, and the sink that stores it. */
package fr.mediation.directory.feed;

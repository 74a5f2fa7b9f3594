/** Pulls hubs' files with the JDK's java.net.http.HttpClient: conditional, bounded, retried. */
package fr.mediation.directory.feed.pull;

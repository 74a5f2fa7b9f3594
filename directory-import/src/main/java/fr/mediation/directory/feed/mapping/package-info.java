/** Declarative mappings of hub exports onto the standard (docs/feed-mapping-v1.md). */
package fr.mediation.directory.feed.mapping;

/** Cross-origin reads of the public search API, for partner sites and the widget. */
package fr.mediation.directory.api.cors;

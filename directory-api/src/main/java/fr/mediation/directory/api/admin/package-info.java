/** What only the directory's administrator may do, and how that is checked. */
package fr.mediation.directory.api.admin;

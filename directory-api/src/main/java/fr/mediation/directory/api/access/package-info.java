/** Who may call what: the administrator's key and the sources' push keys, checked by filters. */
package fr.mediation.directory.api.access;

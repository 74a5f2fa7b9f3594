/** The audit log: who changed what through the console, and when. */
package fr.mediation.directory.audit;

/** French text read for comparison: names, addresses and messages folded to one form. */
package fr.mediation.directory.text;

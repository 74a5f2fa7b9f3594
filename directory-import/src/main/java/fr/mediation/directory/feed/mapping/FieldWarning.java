package fr.mediation.directory.feed.mapping;

import fr.mediation.directory.venue.field.StandardField;

/**
 * Something a mapping could not use in a row that was still accepted: an unknown value left out,
 * hours that could not be read, coordinates swapped back.
 */
public record FieldWarning(StandardField field, String value, String message, String messageFr) {}

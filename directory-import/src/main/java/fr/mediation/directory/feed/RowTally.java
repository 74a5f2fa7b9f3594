package fr.mediation.directory.feed;

import java.util.List;
import java.util.Map;

/**
 * What reading one file found, as its run records it: rows read and accepted, accepted rows
 * unchanged since the last import, the rejected rows with their reasons, the warnings, and the rows
 * skipped by the mapping, counted by reason.
 */
public record RowTally(
    int read,
    int accepted,
    int unchanged,
    List<RejectedRow> rejected,
    List<WarnedRow> warned,
    Map<String, Integer> skipped) {}

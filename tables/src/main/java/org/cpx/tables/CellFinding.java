package org.cpx.tables;

import java.util.Optional;
import org.cpx.core.finding.Finding;

/**
 * A finding and the cell it is about ({@code events!D12}), when it is about one.
 *
 * @param finding the finding
 * @param cell its cell, in the {@code SHEET!A1} form of spreadsheets
 */
public record CellFinding(Finding finding, Optional<String> cell) {}

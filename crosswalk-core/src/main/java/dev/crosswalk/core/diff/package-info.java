/**
 * What moved between two crosswalks, e.g. two data versions: {@link dev.crosswalk.core.diff.CrosswalkDiff}
 * lists the items added, removed and changed, with the fields that differ, as objects, as text
 * for a terminal and as flat records for a spreadsheet.
 */
package dev.crosswalk.core.diff;

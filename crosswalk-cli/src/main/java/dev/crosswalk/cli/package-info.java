/**
 * The {@code crosswalk} command-line tool: {@link dev.crosswalk.cli.Main} parses the command and
 * its options and hands it to the command classes, which call the library and choose how its
 * results are written (text, CSV or JSON).
 */
package dev.crosswalk.cli;

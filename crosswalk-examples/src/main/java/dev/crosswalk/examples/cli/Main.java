package dev.crosswalk.examples.cli;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.Crosswalk;

/** Temporary entry point: loads the bundled crosswalk and prints a summary. */
public final class Main {
  private Main() {}

  /** Runs the command line. */
  public static void main(String[] args) {
    Crosswalk cw = Crosswalks.bundled();
    System.out.println(cw);
  }
}

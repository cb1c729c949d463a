package dev.crosswalk.benchmarks;

/** The fresh-JVM baseline: prints hello world. */
public final class HelloWorld {
  private HelloWorld() {}

  /** Prints hello world. */
  public static void main(String[] args) {
    System.out.println("hello world");
  }
}

/**
 * JMH benchmarks and measurements behind {@code docs/performance.md}: loading the bundled and
 * large synthetic crosswalks, queries against a naive baseline, heap use and start-up time.
 */
package dev.crosswalk.benchmarks;

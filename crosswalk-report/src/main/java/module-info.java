/**
 * crosswalk report: reports for people, built on crosswalk core. The readiness report is one
 * self-contained HTML page; its styles and script are resources of this module.
 */
module dev.crosswalk.report {
  requires transitive dev.crosswalk.core;

  exports dev.crosswalk.report;
}

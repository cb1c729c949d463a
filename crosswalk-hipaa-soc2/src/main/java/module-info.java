/**
 * crosswalk HIPAA and SOC 2: what is specific to the two frameworks of the bundled crosswalk, kept
 * out of the generic core. {@link dev.crosswalk.hipaasoc2.HipaaRule} and
 * {@link dev.crosswalk.hipaasoc2.Soc2Category} name the values of the bundled data's {@code rule}
 * and {@code category} attributes and build {@link dev.crosswalk.core.query.Scope}s from them;
 * {@code dev.crosswalk.hipaasoc2.vendor} reviews a vendor's SOC 2 report against the HIPAA mappings.
 */
module dev.crosswalk.hipaasoc2 {
  requires transitive dev.crosswalk.core;
  requires com.fasterxml.jackson.core;
  requires com.google.common;

  exports dev.crosswalk.hipaasoc2;
  exports dev.crosswalk.hipaasoc2.vendor;
}

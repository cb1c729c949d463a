/**
 * The HIPAA and SOC 2 vocabulary of the bundled crosswalk: {@link HipaaRule} and
 * {@link Soc2Category} name attribute values of the data and build the generic core's
 * {@link dev.crosswalk.core.query.Scope} from them. Nothing here is needed to query other
 * frameworks; core holds no HIPAA or SOC 2 names.
 */
package dev.crosswalk.hipaasoc2;

package dev.crosswalk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Parsed command-line arguments: positionals and {@code --name value} options. */
final class Args {
  private final List<String> positionals = new ArrayList<>();
  private final Map<String, List<String>> options = new LinkedHashMap<>();
  /** The options that may be given more than once: their values add up. */
  static final Set<String> REPEATABLE = Set.of("data", "add", "categories", "rules", "scope");

  private final Set<String> flags;

  private Args(Set<String> flags) {
    this.flags = flags;
  }

  /**
   * Parses {@code args}; {@code flags} are options without a value.
   *
   * @throws UsageException on an option without its value or with an empty one
   */
  static Args parse(List<String> args, Set<String> flags) {
    Args a = new Args(flags);
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.startsWith("--")) {
        String name = arg.substring(2);
        String value;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        } else if (flags.contains(name)) {
          value = "true";
        } else if (i + 1 < args.size()) {
          value = args.get(++i);
        } else {
          throw new UsageException("option --" + name + " needs a value");
        }
        if (value.isEmpty()) {
          // --out '' once wrote into the current directory: an empty value is never meant.
          throw new UsageException("option --" + name + " has an empty value");
        }
        if (a.options.containsKey(name) && !REPEATABLE.contains(name) && !flags.contains(name)) {
          // A second value used to win silently over the first: say which one is meant instead.
          throw new UsageException("option --" + name + " is given twice ('" + a.options.get(name).get(0) + "' and '"
              + value + "'); give it once");
        }
        a.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } else {
        a.positionals.add(arg);
      }
    }
    return a;
  }

  /** Fails on any option not in {@code allowed} (flags are always allowed). */
  Args allow(String command, String... allowed) {
    for (String name : options.keySet()) {
      if (!flags.contains(name) && !List.of(allowed).contains(name)) {
        throw new UsageException("unknown option --" + name + " for '" + command + "'; see 'crosswalk "
            + command + " --help'");
      }
    }
    return this;
  }

  List<String> positionals() {
    return positionals;
  }

  boolean flag(String name) {
    return options.containsKey(name);
  }

  Optional<String> option(String name) {
    List<String> v = options.get(name);
    return v == null ? Optional.empty() : Optional.of(v.get(v.size() - 1));
  }

  List<String> all(String name) {
    return options.getOrDefault(name, List.of());
  }

  String require(String name, String command) {
    return option(name).orElseThrow(() -> new UsageException("'" + command + "' needs --" + name));
  }

  /**
   * Comma-separated values of an option, or empty when it is not given.
   *
   * @throws UsageException when it is given but lists nothing ({@code --categories ,}), which used
   *     to mean "everything"
   */
  List<String> list(String name) {
    List<String> out = new ArrayList<>();
    for (String v : all(name)) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    if (options.containsKey(name) && out.isEmpty()) {
      throw new UsageException("option --" + name + " lists no value; leave it out to mean everything");
    }
    return out;
  }
}

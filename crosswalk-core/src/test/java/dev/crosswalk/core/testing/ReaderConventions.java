package dev.crosswalk.core.testing;

import dev.crosswalk.core.ReadLimits;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reader convention, checked by reflection, for the readers of core and of the modules built
 * on it: an immutable instance from {@code create()} with default limits, configured by instance
 * {@code with*} methods returning a new reader, {@code withLimits} and {@code limits()}, and
 * reading methods named {@code read} (or {@code readInto}) that take a file, a stream and its
 * name, and a text and its name.
 */
public final class ReaderConventions {
  private static final ReadLimits LIMITS = ReadLimits.DEFAULT.withMaxElements(7).withMaxStringLength(99);

  private ReaderConventions() {}

  /** What in {@code reader} breaks the convention; empty when nothing does. */
  public static List<String> problems(Class<?> reader) throws ReflectiveOperationException {
    List<String> problems = new ArrayList<>();
    String name = reader.getSimpleName();
    Set<String> reads = new TreeSet<>();
    for (Method m : reader.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers())) {
        continue;
      }
      boolean isStatic = Modifier.isStatic(m.getModifiers());
      String method = name + "." + m.getName();
      if (isStatic && !(m.getName().equals("create") && m.getParameterCount() == 0 && m.getReturnType() == reader)) {
        problems.add(method + " is static; only create() is");
      }
      if (m.getName().startsWith("with") && (isStatic || m.getReturnType() != reader)) {
        problems.add(method + " must be an instance method returning a new " + name);
      }
      if (m.getName().startsWith("read")) {
        if (!m.getName().equals("read") && !m.getName().equals("readInto")) {
          problems.add(method + ": reading methods are named read (or readInto, into a builder)");
        }
        if (m.getName().equals("read")) {
          reads.add(signature(m));
        }
      }
    }
    for (String input : List.of("InputStream,String", "String,String")) {
      if (!reads.contains(input)) {
        problems.add(name + " has no read(" + input + ")");
      }
    }
    if (!reads.contains("Path") && !reads.contains("Path[]")) {
      problems.add(name + " has no read(Path) or read(Path...)");
    }
    Object created = reader.getMethod("create").invoke(null);
    Object limited = reader.getMethod("withLimits", ReadLimits.class).invoke(created, LIMITS);
    if (limited == created) {
      problems.add(name + ".withLimits returns the reader it is called on, not a new one");
    }
    if (!LIMITS.equals(reader.getMethod("limits").invoke(limited))) {
      problems.add(name + ".withLimits(limits).limits() is not the limits given");
    }
    if (!ReadLimits.DEFAULT.equals(reader.getMethod("limits").invoke(created))) {
      problems.add(name + ".create() has other than the default limits, or withLimits changed it");
    }
    return problems;
  }

  private static String signature(Method m) {
    List<String> types = new ArrayList<>();
    for (Class<?> t : m.getParameterTypes()) {
      types.add(t.getSimpleName());
    }
    return String.join(",", types);
  }
}

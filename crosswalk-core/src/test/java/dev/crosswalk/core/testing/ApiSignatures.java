package dev.crosswalk.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Lists the public signatures of a module that mention a package's types: every public or
 * protected method, constructor, field and record component, supertype and type-parameter bound of
 * every accessible type of the module's unqualified exported packages. Used to keep Guava out of
 * the published API; reads the module's compiled classes directory and its {@code module-info.class}.
 */
public final class ApiSignatures {
  private ApiSignatures() {}

  /**
   * The signatures of the module that compiled {@code anchor} which mention a type whose name
   * starts with {@code typePrefix} (e.g. {@code "com.google.common."}), one line each, sorted.
   */
  public static SortedSet<String> mentioning(Class<?> anchor, String typePrefix) {
    SortedSet<String> found = new TreeSet<>();
    for (Class<?> type : accessibleTypes(anchor)) {
      for (String signature : signatures(type)) {
        if (signature.contains(typePrefix)) {
          found.add(signature);
        }
      }
    }
    return found;
  }

  /** The accessible (public, or protected in an accessible type) types of the module's exported packages. */
  public static List<Class<?>> accessibleTypes(Class<?> anchor) {
    Path root = classesRoot(anchor);
    Set<String> exported = exportedPackages(root);
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        if (!relative.endsWith(".class") || relative.equals("module-info.class")
            || relative.endsWith("package-info.class")) {
          continue;
        }
        String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
        String pkg = name.substring(0, Math.max(0, name.lastIndexOf('.')));
        if (!exported.contains(pkg)) {
          continue;
        }
        Class<?> type = Class.forName(name, false, anchor.getClassLoader());
        if (accessible(type)) {
          types.add(type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("a compiled class does not load: " + e, e);
    }
    if (types.isEmpty()) {
      throw new IllegalStateException("no accessible type in the exported packages " + exported + " under " + root);
    }
    return types;
  }

  private static boolean accessible(Class<?> type) {
    if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
      return false;
    }
    int modifiers = type.getModifiers();
    Class<?> enclosing = type.getDeclaringClass();
    if (enclosing == null) {
      return Modifier.isPublic(modifiers);
    }
    return (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)) && accessible(enclosing);
  }

  /** The unqualified exports of the module descriptor in {@code root}. */
  private static Set<String> exportedPackages(Path root) {
    try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
      Set<String> exported = new LinkedHashSet<>();
      for (ModuleDescriptor.Exports e : ModuleDescriptor.read(in).exports()) {
        if (!e.isQualified()) {
          exported.add(e.source());
        }
      }
      return exported;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read module-info.class under " + root, e);
    }
  }

  private static Path classesRoot(Class<?> anchor) {
    try {
      Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isDirectory(root)) {
        throw new IllegalStateException(anchor + " was not loaded from a classes directory but from " + root);
      }
      return root;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One line per API signature of a type: supertypes, bounds, fields, constructors, methods, record components. */
  private static List<String> signatures(Class<?> type) {
    String owner = type.getName();
    List<String> out = new ArrayList<>();
    if (type.getGenericSuperclass() != null) {
      out.add(owner + " extends " + type.getGenericSuperclass().getTypeName());
    }
    for (Type i : type.getGenericInterfaces()) {
      out.add(owner + " implements " + i.getTypeName());
    }
    out.addAll(bounds(owner, type.getTypeParameters()));
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        out.add(owner + " record component " + c.getName() + ": " + c.getGenericType().getTypeName());
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (api(f.getModifiers()) && !f.isSynthetic()) {
        out.add(owner + "." + f.getName() + ": " + f.getGenericType().getTypeName());
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (api(c.getModifiers()) && !c.isSynthetic()) {
        out.add(executable(owner + ".<init>", c, null));
      }
    }
    Set<Method> methods = new LinkedHashSet<>(List.of(type.getMethods())); // public, inherited too
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isProtected(m.getModifiers())) {
        methods.add(m);
      }
    }
    for (Method m : methods) {
      if (!m.isSynthetic() && !m.isBridge() && m.getDeclaringClass() != Object.class) {
        out.add(executable(owner + "." + m.getName(), m, m.getGenericReturnType()));
      }
    }
    return out;
  }

  private static boolean api(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String executable(String name, Executable e, Type returned) {
    StringBuilder s = new StringBuilder(name).append('(');
    Type[] parameters = e.getGenericParameterTypes();
    for (int i = 0; i < parameters.length; i++) {
      s.append(i == 0 ? "" : ", ").append(parameters[i].getTypeName());
    }
    s.append(')');
    if (returned != null) {
      s.append(": ").append(returned.getTypeName());
    }
    for (Type thrown : e.getGenericExceptionTypes()) {
      s.append(" throws ").append(thrown.getTypeName());
    }
    for (String bound : bounds("", e.getTypeParameters())) {
      s.append(" with").append(bound);
    }
    return s.toString();
  }

  private static List<String> bounds(String owner, TypeVariable<?>[] variables) {
    List<String> out = new ArrayList<>();
    for (TypeVariable<?> v : variables) {
      for (Type bound : v.getBounds()) {
        out.add(owner + " <" + v.getName() + " extends " + bound.getTypeName() + ">");
      }
    }
    return out;
  }
}

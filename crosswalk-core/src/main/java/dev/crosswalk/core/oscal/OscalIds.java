package dev.crosswalk.core.oscal;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.UUID;

/**
 * The identifiers crosswalk writes into OSCAL documents: OSCAL ids derived from refs, and
 * name-based UUIDs.
 *
 * <p><b>Ids.</b> An OSCAL id is a token: it starts with a letter or {@code _} and holds letters,
 * digits, {@code .}, {@code -} and {@code _} only. Refs such as {@code 164.312(a)(2)(iv)} are not
 * tokens, so {@link #of(String)} encodes them, character by character:
 * <ul>
 *   <li>ASCII letters, ASCII digits, {@code .} and {@code -} are kept;
 *   <li>{@code _} becomes {@code __}, {@code (} becomes {@code _o}, {@code )} becomes {@code _c};
 *   <li>any other code point becomes {@code _x}, its lower-case hexadecimal value and {@code _}
 *       (a space is {@code _x20_});
 *   <li>when the ref does not start with an ASCII letter, the result is prefixed with {@code _}.
 * </ul>
 * So {@code 164.312(a)(2)(iv)} becomes {@code _164.312_oa_c_o2_c_oiv_c} and {@code AC-2(1)}
 * becomes {@code AC-2_o1_c}. The escapes form a prefix-free code, so the encoding is injective
 * and {@link #ref(String)} reverses it; the exact citation is also kept in the {@code label} prop.
 * No encoded id contains {@code _} followed by a character other than {@code _ o c x}, so suffixes
 * such as {@code _smt} never collide with another element's id.
 *
 * <p><b>UUIDs.</b> {@link #uuid(String)} is a version 5 (SHA-1, name-based) UUID of the name in
 * the namespace {@link #NAMESPACE}, so the same crosswalk always gets the same UUIDs.
 */
public final class OscalIds {
  /**
   * The namespace of every UUID crosswalk writes: the version 5 UUID of the URL
   * {@code https://crosswalk.dev/ns/oscal} in the RFC 4122 URL namespace.
   */
  public static final UUID NAMESPACE =
      uuid5(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "https://crosswalk.dev/ns/oscal");

  private OscalIds() {}

  /**
   * The OSCAL id for a ref, by the rule in the class comment.
   *
   * @throws dev.crosswalk.core.InvalidValueException if the ref is empty
   */
  public static String of(String ref) {
    requireNonNull(ref, "ref");
    if (ref.isEmpty()) {
      throw new dev.crosswalk.core.InvalidValueException("cannot derive an OSCAL id from an empty ref");
    }
    StringBuilder b = new StringBuilder(ref.length() + 8);
    if (!isAsciiLetter(ref.charAt(0))) {
      b.append('_');
    }
    ref.codePoints().forEach(c -> {
      if (isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '.' || c == '-') {
        b.append((char) c);
      } else if (c == '_') {
        b.append("__");
      } else if (c == '(') {
        b.append("_o");
      } else if (c == ')') {
        b.append("_c");
      } else {
        b.append("_x").append(Integer.toHexString(c)).append('_');
      }
    });
    return b.toString();
  }

  /** The ref an id made by {@link #of(String)} was derived from; empty for any other text. */
  public static Optional<String> ref(String id) {
    requireNonNull(id, "id");
    if (id.isEmpty()) {
      return Optional.empty();
    }
    boolean prefixed = !isAsciiLetter(id.charAt(0));
    if (prefixed && id.charAt(0) != '_') {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    int i = prefixed ? 1 : 0;
    while (i < id.length()) {
      char c = id.charAt(i);
      if (isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '.' || c == '-') {
        out.append(c);
        i++;
        continue;
      }
      if (c != '_' || i + 1 >= id.length()) {
        return Optional.empty();
      }
      char e = id.charAt(i + 1);
      switch (e) {
        case '_' -> out.append('_');
        case 'o' -> out.append('(');
        case 'c' -> out.append(')');
        case 'x' -> {
          int end = id.indexOf('_', i + 2);
          if (end < 0 || end == i + 2 || end - (i + 2) > 6) {
            return Optional.empty();
          }
          String hex = id.substring(i + 2, end);
          if (!hex.chars().allMatch(h -> (h >= '0' && h <= '9') || (h >= 'a' && h <= 'f'))
              || (hex.length() > 1 && hex.charAt(0) == '0')) {
            return Optional.empty();
          }
          int cp = Integer.parseInt(hex, 16);
          if (!Character.isValidCodePoint(cp) || keptOrShortEscaped(cp)) {
            return Optional.empty();
          }
          out.appendCodePoint(cp);
          i = end + 1;
          continue;
        }
        default -> {
          return Optional.empty();
        }
      }
      i += 2;
    }
    String ref = out.toString();
    return ref.isEmpty() || prefixed == isAsciiLetter(ref.charAt(0)) ? Optional.empty() : Optional.of(ref);
  }

  /** The version 5 UUID of a name in {@link #NAMESPACE}. */
  public static UUID uuid(String name) {
    return uuid5(NAMESPACE, requireNonNull(name, "name"));
  }

  private static boolean keptOrShortEscaped(int c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_' || c == '(' || c == ')';
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static UUID uuid5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-1", e);
    }
    sha1.update(toBytes(namespace));
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (hash[i] & 0xff);
      lsb = (lsb << 8) | (hash[i + 8] & 0xff);
    }
    return new UUID(msb, lsb);
  }

  private static byte[] toBytes(UUID u) {
    byte[] b = new byte[16];
    long msb = u.getMostSignificantBits();
    long lsb = u.getLeastSignificantBits();
    for (int i = 0; i < 8; i++) {
      b[i] = (byte) (msb >>> (56 - 8 * i));
      b[i + 8] = (byte) (lsb >>> (56 - 8 * i));
    }
    return b;
  }
}

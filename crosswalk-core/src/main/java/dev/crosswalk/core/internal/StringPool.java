package dev.crosswalk.core.internal;

/**
 * One {@link String} per distinct text, looked up from a parser's character buffer without first
 * making a string: references, enum names and source ids repeat in every mapping, and making a
 * string for each only to drop it for the shared one was a third of the garbage made reading a
 * large crosswalk. Open addressing, linear probing. Not thread-safe; not API.
 */
final class StringPool {
  private String[] strings = new String[1024];
  private int[] hashes = new int[1024];
  private int size;

  /** The pooled string equal to {@code length} characters of {@code chars} from {@code offset}. */
  String get(char[] chars, int offset, int length) {
    int hash = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    int mask = strings.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String s = strings[slot];
      if (s == null) {
        s = new String(chars, offset, length);
        strings[slot] = s;
        hashes[slot] = hash;
        if (++size * 2 > strings.length) {
          grow();
        }
        return s;
      }
      if (hashes[slot] == hash && equal(s, chars, offset, length)) {
        return s;
      }
    }
  }

  /** How many distinct strings the pool holds. */
  int size() {
    return size;
  }

  private static boolean equal(String s, char[] chars, int offset, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private void grow() {
    String[] oldStrings = strings;
    int[] oldHashes = hashes;
    strings = new String[oldStrings.length * 2];
    hashes = new int[oldStrings.length * 2];
    int mask = strings.length - 1;
    for (int i = 0; i < oldStrings.length; i++) {
      if (oldStrings[i] != null) {
        int slot = spread(oldHashes[i]) & mask;
        while (strings[slot] != null) {
          slot = (slot + 1) & mask;
        }
        strings[slot] = oldStrings[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }
}

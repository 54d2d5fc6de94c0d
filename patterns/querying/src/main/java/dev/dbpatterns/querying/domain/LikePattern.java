package dev.dbpatterns.querying.domain;

/**
 * A user's words as a LIKE pattern that matches them literally. In LIKE, {@code %} is any run of
 * characters and {@code _} any one character, so "50%" unescaped would find "500 Miles". Each
 * special character gets {@link #ESCAPE} in front, and every query says {@code escape '!'}: the
 * databases' default escape (a backslash, or none) differs, and a backslash would also need
 * escaping in MariaDB's string literals.
 */
public final class LikePattern {
    public static final char ESCAPE = '!';

    private LikePattern() {
    }

    public static String containing(String word) {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : word.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}

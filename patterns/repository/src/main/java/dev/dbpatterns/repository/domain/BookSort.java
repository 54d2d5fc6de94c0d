package dev.dbpatterns.repository.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The order of a search. A user may choose it (a {@code ?sort=price,desc} in a URL), but only
 * from this list: the adapters turn a field into a column they name themselves, so no text the
 * user typed ever reaches the SQL.
 */
public record BookSort(Field field, Direction direction) {

    public enum Field { TITLE, PRICE, PUBLISHED_YEAR }

    public enum Direction { ASCENDING, DESCENDING }

    public static BookSort by(Field field) {
        return new BookSort(field, Direction.ASCENDING);
    }

    public BookSort descending() {
        return new BookSort(field, Direction.DESCENDING);
    }

    public boolean isDescending() {
        return direction == Direction.DESCENDING;
    }

    /**
     * Reads a user's choice such as {@code "price"} or {@code "published_year,desc"}.
     *
     * @throws IllegalArgumentException naming the allowed fields, for anything else
     */
    public static BookSort parse(String userInput) {
        String[] parts = userInput == null ? new String[] {""} : userInput.trim().split(",", -1);
        Field field = Arrays.stream(Field.values())
                .filter(f -> f.name().equalsIgnoreCase(parts[0].trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Cannot sort by '" + userInput + "': choose one of "
                        + Arrays.stream(Field.values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", ")) + ", optionally followed by ,asc or ,desc"));
        if (parts.length == 1 || parts[1].trim().equalsIgnoreCase("asc")) {
            return by(field);
        }
        if (parts.length == 2 && parts[1].trim().equalsIgnoreCase("desc")) {
            return by(field).descending();
        }
        throw new IllegalArgumentException("Cannot sort by '" + userInput + "': the direction is asc or desc");
    }
}

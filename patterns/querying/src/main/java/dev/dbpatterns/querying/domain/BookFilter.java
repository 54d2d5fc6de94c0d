package dev.dbpatterns.querying.domain;

import java.util.List;
import java.util.Set;

/**
 * A search for books; every part is optional and the parts given are ANDed.
 *
 * @param titleWords a book matches if its title contains any of them (OR), taken literally:
 *                   "50%" finds "50%", never "500"
 * @param authorIds  a book matches if its author is one of them (IN)
 * @param publishedFrom first year, inclusive, or null
 * @param publishedTo   last year, inclusive, or null
 */
public record BookFilter(List<String> titleWords, Set<Long> authorIds, Integer publishedFrom, Integer publishedTo) {

    public BookFilter {
        titleWords = titleWords == null ? List.of() : List.copyOf(titleWords);
        authorIds = authorIds == null ? Set.of() : Set.copyOf(authorIds);
    }

    public static BookFilter any() {
        return new BookFilter(List.of(), Set.of(), null, null);
    }

    public BookFilter titleContainsAnyOf(String... words) {
        return new BookFilter(List.of(words), authorIds, publishedFrom, publishedTo);
    }

    public BookFilter byAuthors(Long... ids) {
        return new BookFilter(titleWords, Set.of(ids), publishedFrom, publishedTo);
    }

    public BookFilter publishedBetween(Integer from, Integer to) {
        return new BookFilter(titleWords, authorIds, from, to);
    }

    /** The title words as LIKE patterns, in order. */
    public List<String> titlePatterns() {
        return titleWords.stream().map(LikePattern::containing).toList();
    }
}

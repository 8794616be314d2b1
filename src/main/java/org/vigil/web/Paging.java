package org.vigil.web;

/** Checks the page and size query parameters of a paged list, naming the one at fault. */
public final class Paging {

    private Paging() {
    }

    /** Throws a 400 unless page is 0 or more and size lies between 1 and the maximum. */
    public static void check(int page, int size, int maxSize) {
        if (page < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > maxSize) {
            throw ProblemException.invalid("size", "must be between 1 and " + maxSize);
        }
    }
}

package org.hemicycle.site;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Marks a page as showing something of its reader alone (their registration for a meeting, their own support), so
 * that no cache keeps it for others who share the reader's access: the page cache stores copies per access, not
 * per person.
 */
public final class PersonalPage {

    private static final String ATTRIBUTE = PersonalPage.class.getName();

    private PersonalPage() {
    }

    public static void mark(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    public static boolean isMarked(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
    }
}

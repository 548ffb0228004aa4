package org.hemicycle.review;

/** A review is drafted, then open for the public's comments, then published: frozen, and citable as it stands. */
public enum ReviewState { DRAFT, PUBLIC_COMMENT, PUBLISHED }

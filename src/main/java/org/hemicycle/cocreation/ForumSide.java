package org.hemicycle.cocreation;

/** Which side of the forum a member sits on: OGP's forums bring both together, in a balance the public can see. */
public enum ForumSide { PARLIAMENT, CIVIL_SOCIETY }

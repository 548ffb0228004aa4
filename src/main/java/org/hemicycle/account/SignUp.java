package org.hemicycle.account;

/** What a person gives to open their own account: the name shown with what they write (a pseudonym is fine). */
public record SignUp(String displayName, String email, String password) {
}

/**
 * A plan's versions: its text kept as it stood when an editor saved a draft or a draft for consultation, when the
 * parliament adopted it, and after each amendment; any two compared field by field, word by word. Adoption freezes
 * the adopted text: from then on its commitments change only under an amendment opened with a public reason.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan versions",
        allowedDependencies = {"plan", "commitment", "parliament", "account", "site"})
@org.jspecify.annotations.NullMarked
package org.hemicycle.version;

package org.hemicycle.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the account pages need to know about parliaments to grant roles in them. Declared here and provided by
 * the parliament module, so that accounts do not depend on parliaments (parliaments' rules ask who acts).
 */
public interface ParliamentDirectory {

    record ParliamentName(Long id, String name, String contentLanguage) {
    }

    List<ParliamentName> namesOfAll();

    Map<Long, ParliamentName> namesOf(Collection<Long> ids);

    boolean exists(Long parliamentId);
}

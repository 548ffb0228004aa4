package org.hemicycle.account;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is making this request, for the other modules' permission checks. */
@Component
public class CurrentUser {

    public Optional<HemicycleUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HemicycleUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}

package org.hemicycle.site.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Browsers and crawlers ask for /favicon.ico whatever the page links to: send them to the icon. */
@Controller
class FaviconController {

    private static final String ICON = "/assets/favicon.svg";

    private final ResourceUrlProvider assetUrls;

    FaviconController(ResourceUrlProvider assetUrls) {
        this.assetUrls = assetUrls;
    }

    /** A temporary redirect: the icon's address changes with its content. */
    @GetMapping("/favicon.ico")
    ResponseEntity<Void> favicon(HttpServletRequest request) {
        String icon = assetUrls.getForLookupPath(ICON);
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, request.getContextPath() + (icon == null ? ICON : icon))
                .cacheControl(CacheControl.noCache())
                .build();
    }
}

package org.hemicycle.site.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The layout's attributes as request attributes too, for pages rendered by an exception handler (a refused
 * rule, an edit conflict), where controller advice adds no model: those pages keep the signed-in header and
 * the language switcher like every other.
 */
@Component
class LayoutAttributes implements HandlerInterceptor {

    private final LayoutAdvice layout;

    LayoutAttributes(LayoutAdvice layout) {
        this.layout = layout;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Locale locale = RequestContextUtils.getLocale(request);
        request.setAttribute("viewer", layout.viewer());
        request.setAttribute("currentPath", layout.currentPath(request));
        request.setAttribute("pageUrl", layout.pageUrl(request));
        request.setAttribute("ogLocale", layout.ogLocale(locale));
        request.setAttribute("languages", layout.languages());
        request.setAttribute("pageLanguage", layout.pageLanguage(locale));
        return true;
    }
}

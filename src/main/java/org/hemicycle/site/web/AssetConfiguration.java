package org.hemicycle.site.web;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Our stylesheet, icon and scripts (/assets/**) and the webjars (htmx) are linked under an address that carries
 * a hash of their content, so browsers keep them for a year without asking again ("immutable"). Spring Boot
 * registers the same handlers from spring.web.resources.* but cannot say "immutable"; registered first, these
 * take the place of Boot's, with the same properties (application.yml: a content version, a year's max-age).
 */
@Configuration
@Order(Ordered.HIGHEST_PRECEDENCE)
class AssetConfiguration implements WebMvcConfigurer {

    private final WebProperties.Resources resources;
    private final WebMvcProperties mvc;

    AssetConfiguration(WebProperties web, WebMvcProperties mvc) {
        this.resources = web.getResources();
        this.mvc = mvc;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(mvc.getStaticPathPattern())
                .addResourceLocations(resources.getStaticLocations())
                .setCacheControl(cacheControl())
                .resourceChain(resources.getChain().isCache())
                .addResolver(contentVersions());
        registry.addResourceHandler(mvc.getWebjarsPathPattern())
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(cacheControl())
                .resourceChain(resources.getChain().isCache())
                .addResolver(contentVersions())
                .addResolver(new LiteWebJarsResourceResolver());
    }

    /** spring.web.resources.cache.cachecontrol, plus "immutable" when it lets browsers keep the files. */
    private CacheControl cacheControl() {
        CacheControl configured = resources.getCache().getCachecontrol().toHttpCacheControl();
        if (configured == null) {
            return CacheControl.empty();
        }
        Duration maxAge = resources.getCache().getCachecontrol().getMaxAge();
        return maxAge != null && !maxAge.isNegative() && !maxAge.isZero() ? configured.immutable() : configured;
    }

    /**
     * Puts the content hash into the asset links pages build (ctx.link calls response.encodeURL). Boot registered this
     * filter only with Thymeleaf; error pages link the stylesheet too.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    private static VersionResourceResolver contentVersions() {
        return new VersionResourceResolver().addContentVersionStrategy("/**");
    }
}

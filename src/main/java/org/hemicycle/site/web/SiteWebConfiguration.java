package org.hemicycle.site.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class SiteWebConfiguration implements WebMvcConfigurer {

    private final LayoutAttributes layoutAttributes;

    SiteWebConfiguration(LayoutAttributes layoutAttributes) {
        this.layoutAttributes = layoutAttributes;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new SiteLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(layoutAttributes).excludePathPatterns("/assets/**", "/webjars/**", "/api/**");
    }
}

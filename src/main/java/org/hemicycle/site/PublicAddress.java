package org.hemicycle.site;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The absolute address of a page, for links that leave Hemicycle's pages: in emails and feeds. Taken from
 * {@code hemicycle.public-url}, never from a request's Host header (a forged header would otherwise put its own
 * address in a password-reset email); without it, the local address the server listens on.
 */
@Component
public class PublicAddress {

    private final String publicUrl;
    private final Environment environment;

    PublicAddress(@Value("${hemicycle.public-url:}") String publicUrl, Environment environment) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.environment = environment;
    }

    /** {@code path} starts with "/". */
    public String of(String path) {
        if (!publicUrl.isEmpty()) {
            return publicUrl + path;
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port + path;
    }
}

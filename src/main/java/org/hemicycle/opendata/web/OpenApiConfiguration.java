package org.hemicycle.opendata.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the open-data API introduces itself. The server is given as this site's root, relative, rather than
 * computed from each request's Host header, which a client chooses.
 */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI hemicycleOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Hemicycle open data").version("v1")
                        .description("Everything public on Hemicycle's pages: parliaments, Open Parliament Action Plans, "
                                + "the record of each step of their cycle, commitments with their activities and indicators.")
                        .license(new License().name("AGPL-3.0-or-later (software)")))
                .servers(List.of(new Server().url("/").description("This installation")));
    }
}

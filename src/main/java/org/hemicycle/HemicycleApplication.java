package org.hemicycle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HemicycleApplication {

    public static void main(String[] args) {
        SpringApplication.run(HemicycleApplication.class, args);
    }
}

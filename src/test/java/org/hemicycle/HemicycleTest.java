package org.hemicycle;

import java.lang.annotation.*;
import org.hemicycle.consultation.ConsultationFixtures;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/** One application context shared by the HTTP and service tests, on H2 or on PostgreSQL. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Import({Fixtures.class, ConsultationFixtures.class})
public @interface HemicycleTest {
}

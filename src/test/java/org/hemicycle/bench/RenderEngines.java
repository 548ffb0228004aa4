package org.hemicycle.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.hemicycle.HemicycleApplication;
import org.hemicycle.account.Actor;
import org.hemicycle.plan.PlanPage;
import org.hemicycle.plan.PlanPages;
import org.hemicycle.site.SiteLanguages;
import org.springframework.boot.SpringApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The plan page of the demo's adopted plan rendered by jte and by Thymeleaf in one JVM, from the same model, through
 * each engine's Spring view, alternating rounds; and the page's data loaded the same way. Prints the CPU time of the
 * rendering thread per page. Run by bench/render-engines.sh, not by the suite.
 */
public final class RenderEngines {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(System.getProperty("rounds", "5"));
        int perRound = Integer.parseInt(System.getProperty("renders", "2000"));
        try (ConfigurableApplicationContext context = SpringApplication.run(HemicycleApplication.class,
                "--server.port=0", "--hemicycle.demo-data=true", "--hemicycle.page-cache.enabled=false",
                "--spring.jpa.properties.hibernate.generate_statistics=false", "--logging.level.root=warn")) {
            PlanPages plans = context.getBean(PlanPages.class);
            PlanPage page = plans.page(Actor.VISITOR, "chile", "2025-2027");
            View jte = view(context, "jteViewResolver", "plan/plan");
            View thymeleaf = thymeleaf(context).resolveViewName("bench/plan-thymeleaf", Locale.ENGLISH);
            System.out.printf("bytes: jte %,d, thymeleaf %,d%n", render(context, jte, page).length(),
                    render(context, thymeleaf, page).length());
            MessageSource messages = context.getBean(MessageSource.class);
            System.out.printf("one message: without arguments %.2f µs, with a plural %.2f µs%n",
                    cpuMicros(200_000, () -> messages.getMessage("site.name", new Object[0], Locale.ENGLISH)),
                    cpuMicros(200_000, () -> messages.getMessage("commitment.progress.text", new Object[] {1L, 4L, 25},
                            Locale.ENGLISH)));
            for (int round = 1; round <= rounds; round++) {
                double jteMicros = cpuMicros(perRound, () -> render(context, jte, page));
                double thymeleafMicros = cpuMicros(perRound, () -> render(context, thymeleaf, page));
                double dataMicros = cpuMicros(perRound, () -> plans.page(Actor.VISITOR, "chile", "2025-2027"));
                System.out.printf("round %d: CPU µs per page: jte %.0f, thymeleaf %.0f (×%.1f); page data %.0f%n",
                        round, jteMicros, thymeleafMicros, thymeleafMicros / jteMicros, dataMicros);
            }
        }
    }

    /** Thymeleaf as Boot set it up when Hemicycle used it, with the application's messages and beans. */
    private static ViewResolver thymeleaf(ConfigurableApplicationContext context) {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setTemplateEngineMessageSource(context.getBean(MessageSource.class));
        ThymeleafViewResolver resolver = new ThymeleafViewResolver();
        resolver.setTemplateEngine(engine);
        resolver.setApplicationContext(context);
        resolver.setCharacterEncoding("UTF-8");
        return resolver;
    }

    private static View view(ConfigurableApplicationContext context, String resolver, String name) throws Exception {
        return context.getBean(resolver, ViewResolver.class).resolveViewName(name, Locale.ENGLISH);
    }

    private static String render(ConfigurableApplicationContext context, View view, PlanPage page) throws Exception {
        WebApplicationContext web = (WebApplicationContext) context;
        MockHttpServletRequest request = new MockHttpServletRequest(web.getServletContext(), "GET",
                "/parliaments/chile/plans/2025-2027");
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, web);
        // What LayoutAttributes and ActorResolution set for a visitor before the handler runs.
        request.setAttribute("currentPath", "/parliaments/chile/plans/2025-2027");
        request.setAttribute("ogLocale", "en_US");
        request.setAttribute("languages", SiteLanguages.SUPPORTED);
        request.setAttribute("pageLanguage", "en");
        MockHttpServletResponse response = new MockHttpServletResponse();
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        view.render(model, request, response);
        return response.getContentAsString();
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double cpuMicros(int times, Work work) throws Exception {
        for (int i = 0; i < times / 4; i++) {
            work.run();
        }
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < times; i++) {
            work.run();
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / 1_000.0 / times;
    }
}

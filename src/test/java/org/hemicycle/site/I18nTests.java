package org.hemicycle.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every screen exists in the four working languages: a key missing in one bundle, or a key a template
 * names that no bundle has, fails the build.
 */
class I18nTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path JTE_TEMPLATES = Path.of("src/main/jte");
    private static final List<String> LANGUAGES = List.of("es", "fr", "pt");
    /** Literal keys in jte templates: any quoted string that names a message of a module, such as ctx.msg("plan.draft"). */
    private static final Pattern JTE_KEY = Pattern.compile(
            "\"((?:site|form|error|parliament|plan|commitment|activity|indicator|manage|account|admin|mail|cocreation|consultation)\\.[\\w.-]+[\\w])\"");

    @Test
    void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
        for (String bundle : bundles()) {
            Set<String> english = keys(MESSAGES.resolve(bundle + ".properties"));
            for (String language : LANGUAGES) {
                Path translated = MESSAGES.resolve(bundle + "_" + language + ".properties");
                assertThat(translated).as("bundle %s in %s", bundle, language).exists();
                assertThat(keys(translated)).as("keys of %s", translated).isEqualTo(english);
            }
        }
    }

    @Test
    void noTranslationIsLeftEmpty() throws IOException {
        for (String bundle : bundles()) {
            for (String language : LANGUAGES) {
                Properties properties = load(MESSAGES.resolve(bundle + "_" + language + ".properties"));
                assertThat(properties.stringPropertyNames())
                        .as("empty values in %s_%s", bundle, language)
                        .allSatisfy(key -> assertThat(properties.getProperty(key)).isNotBlank());
            }
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> known = new HashSet<>();
        for (String bundle : bundles()) {
            known.addAll(keys(MESSAGES.resolve(bundle + ".properties")));
        }
        Map<String, String> missing = new TreeMap<>();
        try (Stream<Path> templates = Files.walk(JTE_TEMPLATES)) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
                Matcher matcher = JTE_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.put(matcher.group(1), JTE_TEMPLATES.relativize(template).toString());
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in templates but defined nowhere").isEmpty();
    }

    @Test
    void everyEnumShownToUsersHasALabel() throws IOException {
        Set<String> known = new HashSet<>();
        for (String bundle : bundles()) {
            known.addAll(keys(MESSAGES.resolve(bundle + ".properties")));
        }
        Map<String, Class<? extends Enum<?>>> labelled = Map.ofEntries(
                Map.entry("plan.phase.", org.hemicycle.plan.PlanPhase.class),
                Map.entry("manage.advanced.", org.hemicycle.plan.PlanPhase.class),
                Map.entry("plan.mechanism.", org.hemicycle.plan.AuthorizationMechanism.class),
                Map.entry("plan.sector.", org.hemicycle.plan.OrganizationSector.class),
                Map.entry("plan.meeting-format.", org.hemicycle.plan.MeetingFormat.class),
                Map.entry("commitment.pillar.", org.hemicycle.plan.Pillar.class),
                Map.entry("commitment.ogp-value.", org.hemicycle.plan.OgpValue.class),
                Map.entry("commitment.completion.", org.hemicycle.plan.Completion.class),
                Map.entry("account.role.", org.hemicycle.account.ParliamentRole.class),
                Map.entry("account.platform-role.", org.hemicycle.account.PlatformRole.class),
                Map.entry("cocreation.side.", org.hemicycle.cocreation.ForumSide.class),
                Map.entry("cocreation.purpose.", org.hemicycle.cocreation.MeetingPurpose.class),
                Map.entry("mail.status.", org.hemicycle.mail.MailStatus.class),
                Map.entry("consultation.state.", org.hemicycle.consultation.ConsultationState.class));
        labelled.forEach((prefix, type) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(known).as("label for %s", constant).contains(prefix + constant.name());
            }
        });
    }

    private static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .sorted().toList();
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        return load(file).stringPropertyNames();
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

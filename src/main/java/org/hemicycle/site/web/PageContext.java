package org.hemicycle.site.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hemicycle.site.SiteLanguages;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.support.RequestContext;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * What a compiled (jte) template asks of the request it renders: messages in the page's language, links, dates, the
 * layout's attributes and the CSRF token of its forms. Everything it returns is plain text, escaped by jte where it is
 * written, as Thymeleaf's {@code th:text} did.
 */
public final class PageContext {

    /** The interface's one date format, 'd MMM yyyy' as the Thymeleaf pages wrote it, in each working language. */
    private static final Map<Locale, DateTimeFormatter> DATE_FORMATS = new ConcurrentHashMap<>();
    private static final Map<Locale, DateTimeFormatter> DATE_TIME_FORMATS = new ConcurrentHashMap<>();

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, Object> model;
    private final Forms forms;
    private @Nullable RequestContext requestContext;

    PageContext(HttpServletRequest request, HttpServletResponse response, MessageSource messages, Locale locale,
                Map<String, Object> model, Forms forms) {
        this.request = request;
        this.response = response;
        this.messages = messages;
        this.locale = SiteLanguages.supportedOrDefault(locale);
        this.model = model;
        this.forms = forms;
    }

    /** The form bound to the model attribute of this name (its record, and its errors when it was refused). */
    public Form form(String name) {
        if (requestContext == null) {
            requestContext = new RequestContext(request, response, request.getServletContext(), model);
        }
        return new Form(name, model.get(name), requestContext, forms);
    }

    /** The options for enum constants (or other values), each labelled by the message prefix + its name. */
    public List<Form.Choice> choices(Object[] values, String labelPrefix) {
        return Form.choices(List.of(values), value -> value instanceof Enum<?> constant ? constant.name() : value,
                value -> msg(labelPrefix + (value instanceof Enum<?> constant ? constant.name() : value)));
    }

    /** The working languages as options, each named in itself. */
    public List<Form.Choice> languageChoices() {
        return Form.choices(languages(), Locale::getLanguage, this::languageName);
    }

    public String msg(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** An address inside Hemicycle: the context path put in front, path variables encoded, assets fingerprinted. */
    public String link(String pathTemplate, Object... pathVariables) {
        return response.encodeURL(request.getContextPath() + expand(pathTemplate, pathVariables));
    }

    /** Each {name} of the template in turn replaced by the next value, encoded as a path segment. */
    static String expand(String pathTemplate, Object... pathVariables) {
        if (pathVariables.length == 0) {
            return pathTemplate;
        }
        StringBuilder path = new StringBuilder(pathTemplate.length() + 16 * pathVariables.length);
        int from = 0;
        for (Object value : pathVariables) {
            int open = pathTemplate.indexOf('{', from);
            int close = pathTemplate.indexOf('}', open + 1);
            if (open < 0 || close < 0) {
                throw new IllegalArgumentException("more values than variables in " + pathTemplate);
            }
            path.append(pathTemplate, from, open).append(UriUtils.encodePathSegment(String.valueOf(value), StandardCharsets.UTF_8));
            from = close + 1;
        }
        if (pathTemplate.indexOf('{', from) >= 0) {
            throw new IllegalArgumentException("fewer values than variables in " + pathTemplate);
        }
        return path.append(pathTemplate, from, pathTemplate.length()).toString();
    }

    /** An address inside Hemicycle with query parameters, given as name, value, name, value... */
    public String linkWithQuery(String path, String... namesAndValues) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            builder.queryParam(namesAndValues[i], namesAndValues[i + 1]);
        }
        return response.encodeURL(request.getContextPath() + builder.encode().build().toUriString());
    }

    public String date(LocalDate date) {
        return DATE_FORMATS.computeIfAbsent(locale, any -> DateTimeFormatter.ofPattern("d MMM yyyy", any)).format(date);
    }

    /** A moment as the interface writes it, 'd MMM yyyy, HH:mm' and the zone, in the page's language. */
    public String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME_FORMATS.computeIfAbsent(locale, any -> DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", any))
                .format(instant.atZone(zone));
    }

    // Named, so that the zone reads UTC rather than the offset's Z.
    private static final ZoneId UTC = ZoneId.of("UTC");

    /** A moment in UTC, for records that belong to no parliament's time zone (the outbox, accounts). */
    public String dateTime(Instant instant) {
        return dateTime(instant, UTC);
    }

    /** A file's size as people read it, in bytes, kB or MB (of 1,000), with the page's decimal mark. */
    public String fileSize(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return bytes < 1_000_000 ? format.format(bytes / 1000.0) + " kB" : format.format(bytes / 1_000_000.0) + " MB";
    }

    /** At most {@code length} characters, the last three "..." when cut, as Thymeleaf's #strings.abbreviate. */
    public String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 3) + "...";
    }

    public String language() {
        return locale.getLanguage();
    }

    public List<Locale> languages() {
        return SiteLanguages.SUPPORTED;
    }

    /** A language's name in itself ("Español"), as the switcher shows it. */
    public String languageName(Locale language) {
        return StringUtils.capitalize(language.getDisplayLanguage(language));
    }

    public String currentPath() {
        return (String) request.getAttribute("currentPath");
    }

    public @Nullable String pageUrl() {
        return (String) request.getAttribute("pageUrl");
    }

    public @Nullable String ogLocale() {
        return (String) request.getAttribute("ogLocale");
    }

    /** Who reads the page, as account.web resolved it (a {@code HemicycleUser}), or null for a visitor. */
    public @Nullable Object viewer() {
        return request.getAttribute("viewer");
    }

    /** Whether the request's address carries this parameter (such as ?error after a refused sign-in). */
    public boolean hasParameter(String name) {
        return request.getParameter(name) != null;
    }

    /** The key of the one-time notice of this page (after a saved form), if any. */
    public @Nullable String notice() {
        Object notice = model.get("notice");
        return notice instanceof String key ? key : null;
    }

    /** The message key of an action refused with no field to stand beside, said at the top of the page as an error. */
    public @Nullable String refusal() {
        Object refusal = model.get("refusal");
        return refusal instanceof String key ? key : null;
    }

    public Object[] refusalArguments() {
        return model.get("refusalArguments") instanceof Object[] arguments ? arguments : new Object[0];
    }

    /** Whether a form on the page came back with errors: the page's title then says so first. */
    public boolean anyErrors() {
        for (Map.Entry<String, Object> entry : model.entrySet()) {
            if (entry.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX) && entry.getValue() instanceof Errors errors
                    && errors.hasErrors()) {
                return true;
            }
        }
        return false;
    }

    /** The CSRF token a form carries; asked for only when a form is written (asking opens a visitor's session). */
    public CsrfToken csrf() {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            return token;
        }
        throw new IllegalStateException("a form is rendered for a request that carries no CSRF token");
    }
}

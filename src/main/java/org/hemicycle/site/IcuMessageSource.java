package org.hemicycle.site;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The message bundles, formatted with ICU's MessageFormat so that counted messages follow each language's
 * plural rules: {@code {0, plural, one {# activity} other {# activities}}} (French "one" covers 0 and 1).
 * ICU reads {@code ''} as an apostrophe like the JDK, and also a lone apostrophe before a letter.
 * Messages without arguments are returned as written, as before.
 */
class IcuMessageSource extends ResourceBundleMessageSource {

    /** Parsed formats of the working languages; other locales are parsed on each use, never kept. */
    private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

    /**
     * Messages of the working languages as found, so that a page's few hundred look-ups do not each walk every
     * bundle. Only codes that a bundle defines are kept, so the map is bounded by the bundles, whatever code is asked.
     */
    private final Map<Locale, Map<String, String>> found = new ConcurrentHashMap<>();

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null || (ObjectUtils.isEmpty(args) && !isAlwaysUseMessageFormat())) {
            return super.getMessageInternal(code, args, locale);
        }
        Locale target = locale != null ? locale : Locale.getDefault();
        String pattern = resolveCodeWithoutArguments(code, target);
        if (pattern == null) {
            // Common messages and a parent source, if any, as Spring looks them up.
            return super.getMessageInternal(code, args, target);
        }
        Object[] arguments = resolveArguments(args, target);
        MessageFormat format = format(pattern, target);
        synchronized (format) {
            return format.format(arguments);
        }
    }

    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        if (getCacheMillis() >= 0 || !SiteLanguages.SUPPORTED.contains(locale)) {
            return super.resolveCodeWithoutArguments(code, locale);
        }
        Map<String, String> messages = found.computeIfAbsent(locale, any -> new ConcurrentHashMap<>());
        String message = messages.get(code);
        if (message == null) {
            message = super.resolveCodeWithoutArguments(code, locale);
            if (message != null) {
                messages.put(code, message);
            }
        }
        return message;
    }

    private MessageFormat format(String pattern, Locale locale) {
        if (!SiteLanguages.SUPPORTED.contains(locale)) {
            return new MessageFormat(pattern, ULocale.forLocale(locale));
        }
        return formats.computeIfAbsent(locale, any -> new ConcurrentHashMap<>())
                .computeIfAbsent(pattern, any -> new MessageFormat(pattern, ULocale.forLocale(locale)));
    }
}

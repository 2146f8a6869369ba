package vn.coso.platform.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.ws.rs.core.HttpHeaders;

/**
 * Problem texts in the caller's language: Vietnamese unless the request prefers English ({@code Accept-Language}).
 * A service adds its own keys in {@code problems.properties} / {@code problems_en.properties} at the root of its
 * classpath; the platform's own keys live in {@code vn/coso/platform/problem/messages*.properties}.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final String SERVICE_BUNDLE = "problems";
    private static final String PLATFORM_BUNDLE = "vn.coso.platform.problem.messages";

    private Messages() {
    }

    /** Vietnamese by default; English only when the client asks for it before Vietnamese. */
    public static Locale locale(HttpHeaders headers) {
        if (headers == null) {
            return VIETNAMESE;
        }
        List<Locale> acceptable;
        try {
            acceptable = headers.getAcceptableLanguages();
        } catch (RuntimeException malformedHeader) {
            return VIETNAMESE;
        }
        for (Locale locale : acceptable) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("vi".equals(locale.getLanguage())) {
                return VIETNAMESE;
            }
        }
        return VIETNAMESE;
    }

    /** The text for {@code key}, or the key itself when no bundle has it (never fails an error response). */
    public static String get(Locale locale, String key, Object... args) {
        String pattern = lookup(SERVICE_BUNDLE, locale, key);
        if (pattern == null) {
            pattern = lookup(PLATFORM_BUNDLE, locale, key);
        }
        if (pattern == null) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        // numbers as written, never grouped by the locale (a year is 2026, not "2.026")
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
        }
        return new MessageFormat(pattern, locale).format(plain);
    }

    private static String lookup(String bundle, Locale locale, String key) {
        try {
            ResourceBundle rb = ResourceBundle.getBundle(bundle, locale, Thread.currentThread().getContextClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return rb.containsKey(key) ? rb.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}

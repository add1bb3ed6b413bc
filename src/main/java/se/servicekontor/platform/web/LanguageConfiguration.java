package se.servicekontor.platform.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Swedish by default, English on request: {@code ?lang=en} or {@code ?lang=sv} switches and a cookie
 * remembers the choice. Other values are ignored, so the page language is always one we have texts for.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    private static final Map<String, Locale> SUPPORTED = Map.of("sv", SWEDISH, "en", ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("servicekontor-sprak");
        resolver.setDefaultLocale(SWEDISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch());
    }

    /** Applies {@code ?lang=sv|en}; unlike LocaleChangeInterceptor it accepts only the languages we have. */
    private static final class LanguageSwitch implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String lang = request.getParameter("lang");
            Locale locale = lang == null ? null : SUPPORTED.get(lang);
            LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
            if (locale != null && resolver != null && "GET".equals(request.getMethod())) {
                resolver.setLocale(request, response, locale);
            }
            return true;
        }
    }
}

package se.servicekontor.organization.users;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A user who logged in with a one-time password sees nothing but the page where they choose their own
 * (issue 16). Asked once per session; the answer is kept in the session until the password is changed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PasswordChangeRequired implements WebMvcConfigurer {

    static final String PAGE = "/konto/losenord";
    private static final String SESSION_KEY = PasswordChangeRequired.class.getName();

    private final Users users;

    PasswordChangeRequired(Users users) {
        this.users = users;
    }

    static void forget(HttpSession session) {
        session.removeAttribute(SESSION_KEY);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
                Authentication user = SecurityContextHolder.getContext().getAuthentication();
                if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
                    return true;
                }
                HttpSession session = request.getSession();
                Boolean required = (Boolean) session.getAttribute(SESSION_KEY);
                if (required == null) {
                    required = users.mustChangePassword(user.getName());
                    session.setAttribute(SESSION_KEY, required);
                }
                if (!required) {
                    return true;
                }
                response.sendRedirect(request.getContextPath() + PAGE);
                return false;
            }
        }).excludePathPatterns(PAGE, "/logout", "/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.*");
    }
}

package se.servicekontor.platform.web;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

import se.servicekontor.platform.Incident;
import se.servicekontor.shared.LogSafe;

/**
 * The error pages get a correlation id ({@code incident}) instead of any exception text; the exception is
 * logged under that id (issue 16). Message, exception class and trace never reach the page (also set in
 * application.yml, server.error.*).
 */
@Component
class IncidentErrorAttributes extends DefaultErrorAttributes {

    private static final Logger log = LoggerFactory.getLogger(IncidentErrorAttributes.class);

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        attributes.remove("message");
        attributes.remove("exception");
        attributes.remove("trace");
        attributes.remove("errors");
        Throwable error = getError(request);
        Object status = attributes.get("status");
        if (error != null || (status instanceof Integer code && code >= 500)) {
            Object path = request.getAttribute("jakarta.servlet.error.request_uri", RequestAttributes.SCOPE_REQUEST);
            attributes.put("incident", Incident.log(log, "status " + status + " on " + LogSafe.of(path), error));
        }
        return attributes;
    }
}

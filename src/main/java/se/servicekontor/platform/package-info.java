/**
 * Platform: web shell and security, the job console, shared document helpers and the audit trail.
 * Other modules use only {@link se.servicekontor.platform.Role} and the named interfaces
 * {@code audit}, {@code documents} and {@code jobs}.
 */
@ApplicationModule(displayName = "Platform")
package se.servicekontor.platform;

import org.springframework.modulith.ApplicationModule;

@NamedInterface("audit")
package se.servicekontor.platform.audit;

import org.springframework.modulith.NamedInterface;

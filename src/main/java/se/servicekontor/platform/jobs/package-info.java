@NamedInterface("jobs")
package se.servicekontor.platform.jobs;

import org.springframework.modulith.NamedInterface;

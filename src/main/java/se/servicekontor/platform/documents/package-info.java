@NamedInterface("documents")
package se.servicekontor.platform.documents;

import org.springframework.modulith.NamedInterface;

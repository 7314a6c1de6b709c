/**
 * Value types every feature shares: citations, references between resources, partial
 * dates and alternative names. A floor above {@code web}, it may depend on that alone
 * (checked by ModularityTests).
 */
@ApplicationModule(allowedDependencies = "web::*")
package org.csto.kb.shared;

import org.springframework.modulith.ApplicationModule;

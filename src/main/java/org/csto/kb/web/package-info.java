/**
 * The web plumbing under every endpoint, one concern a package: problems, HTTP and CSV.
 * It knows no feature, no shared type and no read model: the lowest floor, it may depend
 * on no other module (checked by ModularityTests).
 */
@ApplicationModule(allowedDependencies = {})
package org.csto.kb.web;

import org.springframework.modulith.ApplicationModule;

/**
 * The read model every collection shares: a feature's items, held in memory in their
 * default order, and the paging, sorting, filters and CSV columns that requests are
 * answered with. A floor above {@code shared} and {@code web}, it may depend on those
 * alone, never on a feature (checked by ModularityTests).
 */
@ApplicationModule(allowedDependencies = { "shared", "web::*" })
package org.csto.kb.catalog;

import org.springframework.modulith.ApplicationModule;

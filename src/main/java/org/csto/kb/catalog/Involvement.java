package org.csto.kb.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import org.csto.kb.shared.Reference;

/**
 * How an item involves the party that an {@code involves} filter asks for: the role, and
 * the person through whom the party acts, where it acts through one.
 */
@Schema(name = "Involvement",
		description = "How the item involves the party the `involves` filter names: in which role, and through whom")
public record Involvement(Role role, @Schema(
		description = "The person in an office of the party who plays the role for it; null where the party plays it itself",
		nullable = true) Reference through) {
}

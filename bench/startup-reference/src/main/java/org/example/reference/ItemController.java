package org.example.reference;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ItemController {

	private final Items items;

	ItemController(Items items) {
		this.items = items;
	}

	@GetMapping("/items")
	List<Item> items() {
		return items.findAll();
	}

}

package org.example.reference;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The start-up reference: what any app with these starters pays before its first request. */
@SpringBootApplication
public class ReferenceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReferenceApplication.class, args);
	}

	@Entity
	public static class Item {

		@Id
		private String id;

		private String name;

		public String getId() {
			return id;
		}

		public String getName() {
			return name;
		}

	}

	public interface Items extends JpaRepository<Item, String> {

	}

	@RestController
	static class ItemController {

		private final Items items;

		ItemController(Items items) {
			this.items = items;
		}

		@GetMapping("/items")
		List<Item> items() {
			return items.findAll();
		}

	}

}

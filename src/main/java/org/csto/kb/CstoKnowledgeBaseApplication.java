package org.csto.kb;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CstoKnowledgeBaseApplication {

	public static void main(String[] args) {
		SpringApplication.run(CstoKnowledgeBaseApplication.class, args);
	}

}

package org.csto.kb;

import org.csto.kb.security.EncodePassword;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CstoKnowledgeBaseApplication {

	public static void main(String[] args) throws Exception {
		if (args.length == 1 && args[0].equals(EncodePassword.COMMAND)) {
			EncodePassword.run();
			return;
		}
		SpringApplication.run(CstoKnowledgeBaseApplication.class, args);
	}

}

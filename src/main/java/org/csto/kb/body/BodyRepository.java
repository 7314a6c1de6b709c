package org.csto.kb.body;

import org.springframework.data.jpa.repository.JpaRepository;

interface BodyRepository extends JpaRepository<BodyEntity, String> {

}

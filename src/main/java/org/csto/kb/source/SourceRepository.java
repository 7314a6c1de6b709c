package org.csto.kb.source;

import org.springframework.data.jpa.repository.JpaRepository;

interface SourceRepository extends JpaRepository<SourceEntity, String> {

}

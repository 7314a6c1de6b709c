package org.csto.kb.history;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ItemRevisionRepository extends JpaRepository<ItemRevisionEntity, ItemRevisionEntity.Key> {

	List<ItemRevisionEntity> findByItemTypeAndItemIdOrderByRevisionDesc(String itemType, String itemId);

	Optional<ItemRevisionEntity> findFirstByItemTypeAndItemIdOrderByRevisionDesc(String itemType, String itemId);

	List<ItemRevisionEntity> findByAction(String action);

}

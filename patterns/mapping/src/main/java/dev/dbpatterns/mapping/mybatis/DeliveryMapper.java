package dev.dbpatterns.mapping.mybatis;

import dev.dbpatterns.mapping.domain.Delivery;
import java.util.UUID;

/** Deliveries; SQL in DeliveryMapper.xml. */
public interface DeliveryMapper {
    void insert(Delivery delivery);

    Delivery findById(UUID id);
}

package dev.dbpatterns.unitofwork.mybatis;

/** The shop's id sequence; the statement, one per SQL dialect, is in SequenceMapper.xml. */
public interface SequenceMapper {
    /** The first id of a fresh block of {@link dev.dbpatterns.unitofwork.domain.ShopIds#BLOCK_SIZE}. */
    long nextBlock();
}

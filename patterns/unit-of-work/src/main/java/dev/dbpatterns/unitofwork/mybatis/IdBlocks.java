package dev.dbpatterns.unitofwork.mybatis;

import dev.dbpatterns.unitofwork.domain.ShopIds;
import org.apache.ibatis.session.SqlSession;

/**
 * Ids for new rows, reserved from the shop's sequence a block at a time: a value v reserves
 * v .. v + 19 (the sequence counts in steps of 20), so most new rows cost no round trip at all.
 */
final class IdBlocks {
    private long next;
    private long end; // first id past the block; next == end means the block is used up

    synchronized long next(SqlSession session) {
        if (next == end) {
            next = session.getMapper(SequenceMapper.class).nextBlock();
            end = next + ShopIds.BLOCK_SIZE;
        }
        return next++;
    }
}

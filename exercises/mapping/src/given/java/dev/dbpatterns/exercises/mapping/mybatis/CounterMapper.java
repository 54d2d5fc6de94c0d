package dev.dbpatterns.exercises.mapping.mybatis;

import dev.dbpatterns.exercises.mapping.domain.Trade;
import dev.dbpatterns.exercises.mapping.domain.UsedCopy;
import org.apache.ibatis.annotations.Param;

/** The counter's SQL, in CounterMapper.xml: each write explicit, one statement a call. */
public interface CounterMapper {
    /** The trade's own row; sets its id. */
    void insertTrade(Trade trade);

    /** One copy's row, under its trade's id; sets the copy's id. */
    void insertCopy(UsedCopy copy);

    /** The copy's row, if it belongs to that trade; the number of rows deleted. */
    int deleteCopy(@Param("tradeId") long tradeId, @Param("copyId") long copyId);

    /** The trade's own row, without its copies; null when there is none. */
    Trade findTradeRow(long tradeId);

    /** One SELECT: the trade joined with its copies, grouped into one Trade by your result map; null when there is none. */
    Trade findTrade(long tradeId);
}

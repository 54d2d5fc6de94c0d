package dev.dbpatterns.pooling.mybatis;

import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Two statements, short enough to sit on the interface. */
public interface ConcertMapper {

    /** One conditional UPDATE: the seat count is checked and taken by the database, under its row lock. */
    @Update("update concert set seats_left = seats_left - #{seats} where id = #{id} and seats_left >= #{seats}")
    int sell(@Param("id") long concertId, @Param("seats") int seats);

    @Select("select seats_left from concert where id = #{id}")
    Integer seatsLeft(@Param("id") long concertId);
}

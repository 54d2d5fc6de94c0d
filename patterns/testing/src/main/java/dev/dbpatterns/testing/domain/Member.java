package dev.dbpatterns.testing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member of the climbing club: an email that is theirs alone, a name, and a nickname if they have one. */
@Entity
@Table(name = "club_member")
public class Member {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String name;

    private String nickname;

    protected Member() {
        // for the frameworks
    }

    public Member(String email, String name, String nickname) {
        this.email = email;
        this.name = name;
        this.nickname = nickname;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    /** Null when the member has none. */
    public String nickname() {
        return nickname;
    }

    public void changeEmail(String newEmail) {
        this.email = newEmail;
    }

    @Override
    public String toString() {
        return name + " <" + email + ">";
    }
}

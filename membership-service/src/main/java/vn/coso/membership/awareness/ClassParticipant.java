package vn.coso.membership.awareness;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A candidate in a class, and whether they passed. */
@Entity
@Table(name = "class_participant")
@IdClass(ClassParticipant.Key.class)
public class ClassParticipant {

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public UUID classId;
        public UUID candidateId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(classId, k.classId)
                    && java.util.Objects.equals(candidateId, k.candidateId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(classId, candidateId);
        }
    }

    @Id
    @Column(name = "class_id")
    public UUID classId;

    @Id
    @Column(name = "candidate_id")
    public UUID candidateId;

    /** Null until the results are marked. */
    public Boolean passed;

    @Column(name = "certificate_number", length = 50)
    public String certificateNumber;
}

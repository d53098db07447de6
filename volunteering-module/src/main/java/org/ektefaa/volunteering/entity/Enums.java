package org.ektefaa.volunteering.entity;

/** The fixed lists of the volunteering module; their labels are bundle keys {@code <Enum>.<CONSTANT>}. */
public final class Enums {

    private Enums() {
    }

    /** An application moves NEW → INTERVIEW → APPROVED | DECLINED (a declined one may be reconsidered). */
    public enum VolunteerStatus {
        NEW, INTERVIEW, APPROVED, DECLINED;

        public boolean canMoveTo(VolunteerStatus next) {
            return switch (this) {
                case NEW -> next == INTERVIEW || next == APPROVED || next == DECLINED;
                case INTERVIEW -> next == APPROVED || next == DECLINED;
                case APPROVED -> next == DECLINED;
                case DECLINED -> next == INTERVIEW;
            };
        }
    }

    public enum Gender { MALE, FEMALE }

    public enum Education { PRIMARY, INTERMEDIATE, SECONDARY, DIPLOMA, BACHELOR, POSTGRADUATE }

    /** When in the day a volunteer can come. */
    public enum TimeOfDay { MORNING, AFTERNOON, EVENING }

    public enum SignupStatus { INVITED, SIGNED_UP, WITHDRAWN }

    public enum HoursStatus { PENDING, APPROVED, REJECTED }
}

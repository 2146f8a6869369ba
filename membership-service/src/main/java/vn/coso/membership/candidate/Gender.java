package vn.coso.membership.candidate;

public enum Gender {
    FEMALE,
    MALE
}

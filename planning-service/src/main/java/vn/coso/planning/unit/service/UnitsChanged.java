package vn.coso.planning.unit.service;

/** Fired when the registry changed; observed after the transaction commits, to refresh the scope tree. */
public record UnitsChanged() {
}

package vn.coso.platform.units;

import java.util.List;

/** A page of the unit change feed; {@code more} says whether to ask again from {@code nextSince}. */
public record UnitFeedPage(List<UnitFeedEntry> items, long nextSince, boolean more) {
}

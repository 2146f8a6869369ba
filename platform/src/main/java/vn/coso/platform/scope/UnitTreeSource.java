package vn.coso.platform.scope;

import java.util.List;

/**
 * Where a service reads its units from: planning-service from its own registry, the other services from their local
 * copy of planning's change feed. Either way a scope check never needs a network call.
 */
public interface UnitTreeSource {

    List<UnitNode> loadAll();
}

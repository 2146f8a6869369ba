package vn.coso.planning.unit.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.coso.planning.unit.repository.UnitRepository;
import vn.coso.platform.scope.UnitNode;
import vn.coso.platform.scope.UnitTreeSource;

/** planning-service owns the registry, so its scope checks read the registry itself. */
@ApplicationScoped
public class RegistryUnitTreeSource implements UnitTreeSource {

    private final UnitRepository units;

    public RegistryUnitTreeSource(UnitRepository units) {
        this.units = units;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitNode> loadAll() {
        return units.allNodes();
    }
}

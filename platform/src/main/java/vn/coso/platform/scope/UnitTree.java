package vn.coso.platform.scope;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable snapshot of the unit tree, answering "which units lie under this one" without any I/O.
 * <p>
 * A unit's subtree is everything reachable downwards through parent links of any date, and through succession
 * backwards: when old communes are merged into a new one, the new commune's people inherit the old communes' records
 * and everything under them (DOMAIN.md §1). Subtrees are computed once per root and snapshot, then cached.
 */
public final class UnitTree {

    private final Map<UUID, UnitNode> nodes;
    private final Map<UUID, List<UUID>> children;
    private final Map<UUID, List<UUID>> predecessors;
    private final Map<UUID, Set<UUID>> subtrees = new ConcurrentHashMap<>();

    public UnitTree(Collection<UnitNode> units) {
        Map<UUID, UnitNode> byId = new HashMap<>();
        Map<UUID, List<UUID>> down = new HashMap<>();
        Map<UUID, List<UUID>> back = new HashMap<>();
        for (UnitNode unit : units) {
            byId.put(unit.id(), unit);
            for (UUID parent : unit.parentIds()) {
                down.computeIfAbsent(parent, k -> new java.util.ArrayList<>()).add(unit.id());
            }
            if (!unit.predecessorIds().isEmpty()) {
                back.computeIfAbsent(unit.id(), k -> new java.util.ArrayList<>()).addAll(unit.predecessorIds());
            }
        }
        this.nodes = Map.copyOf(byId);
        this.children = copy(down);
        this.predecessors = copy(back);
    }

    public static UnitTree empty() {
        return new UnitTree(List.of());
    }

    public int size() {
        return nodes.size();
    }

    public Optional<UnitNode> get(UUID id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The root and every unit under it (see the class comment); empty for an unknown root. */
    public Set<UUID> subtree(UUID root) {
        if (root == null || !nodes.containsKey(root)) {
            return Set.of();
        }
        return subtrees.computeIfAbsent(root, this::walk);
    }

    /** Whether the unit's subtree is the whole tree (a national root): a query need not filter by unit then. */
    public boolean coversAll(UUID root) {
        return !nodes.isEmpty() && subtree(root).size() == nodes.size();
    }

    public boolean contains(UUID root, UUID unit) {
        return unit != null && subtree(root).contains(unit);
    }

    private Set<UUID> walk(UUID root) {
        Set<UUID> seen = new HashSet<>();
        Deque<UUID> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            UUID current = todo.pop();
            if (!seen.add(current)) {
                continue; // cycles in bad data must not loop forever
            }
            children.getOrDefault(current, List.of()).forEach(todo::push);
            predecessors.getOrDefault(current, List.of()).forEach(todo::push);
        }
        return Set.copyOf(seen);
    }

    /**
     * The unit and the units it succeeded, transitively (a new commune and the old communes merged into it): the
     * units whose past records are now this unit's. Empty for an unknown unit.
     */
    public Set<UUID> lineage(UUID unit) {
        if (unit == null || !nodes.containsKey(unit)) {
            return Set.of();
        }
        Set<UUID> seen = new HashSet<>();
        Deque<UUID> todo = new ArrayDeque<>();
        todo.push(unit);
        while (!todo.isEmpty()) {
            UUID current = todo.pop();
            if (seen.add(current)) {
                predecessors.getOrDefault(current, List.of()).forEach(todo::push);
            }
        }
        return Set.copyOf(seen);
    }

    private static Map<UUID, List<UUID>> copy(Map<UUID, List<UUID>> map) {
        Map<UUID, List<UUID>> result = new HashMap<>();
        map.forEach((k, v) -> result.put(k, List.copyOf(v)));
        return Map.copyOf(result);
    }
}

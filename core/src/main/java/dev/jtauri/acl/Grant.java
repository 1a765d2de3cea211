package dev.jtauri.acl;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a permission resolves to: the commands it allows, and the commands it denies with the
 * identifier of the deny permission, all by full command name.
 *
 * @param allowed commands allowed
 * @param denied commands denied, each with its {@code deny-} permission's identifier
 */
record Grant(Set<String> allowed, Map<String, String> denied) {

    static final Grant NONE = new Grant(Set.of(), Map.of());

    Grant {
        allowed = Set.copyOf(allowed);
        denied = Map.copyOf(denied);
    }

    Grant plus(Grant other) {
        Set<String> allowed = new HashSet<>(this.allowed);
        allowed.addAll(other.allowed);
        Map<String, String> denied = new HashMap<>(this.denied);
        other.denied.forEach(denied::putIfAbsent);
        return new Grant(allowed, denied);
    }
}

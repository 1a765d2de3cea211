package dev.jtauri.state;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StateRegistryTests {

    private final StateRegistry state = new StateRegistry();

    @Test
    void manageReturnsFalseAndKeepsTheFirstValueWhenAlreadyManaged() {
        assertThat(this.state.manage(String.class, "first")).isTrue();
        assertThat(this.state.manage(String.class, "second")).isFalse();
        assertThat(this.state.get(String.class)).isEqualTo("first");
    }

    @Test
    void aValueIsFoundByASupertypeWhenItIsTheOnlyMatch() {
        ArrayList<String> list = new ArrayList<>();
        this.state.manage(ArrayList.class, list);
        assertThat(this.state.get(List.class)).isSameAs(list);
    }

    @Test
    void severalMatchesForASupertypeAreReportedByName() {
        this.state.manage(ArrayList.class, new ArrayList<>());
        this.state.manage(java.util.LinkedList.class, new java.util.LinkedList<>());
        assertThatIllegalStateException().isThrownBy(() -> this.state.get(List.class))
            .withMessageContaining("java.util.ArrayList").withMessageContaining("java.util.LinkedList");
    }

    @Test
    void aMissingValueIsReportedWithWhatToDo() {
        assertThat(this.state.find(Integer.class)).isEmpty();
        assertThatIllegalStateException().isThrownBy(() -> this.state.get(Integer.class))
            .withMessage("No state of type java.lang.Integer is managed; call Manager.manage(app, value) before using it");
    }

    @Test
    @SuppressWarnings({ "unchecked", "rawtypes" })
    void aValueMustFitItsKey() {
        Class<Object> integerKey = (Class) Integer.class;
        assertThatIllegalArgumentException().isThrownBy(() -> this.state.manage(integerKey, "text"))
            .withMessage("State of type java.lang.String cannot be managed as java.lang.Integer");
    }
}

package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstPersonVoiceTest {
    @Test
    void theReflexivePronounInTheFirstPerson() {
        assertThat(FirstPersonVoice.of("leeft zich in")).containsExactly("leeft me in", "leeft mij in");
        assertThat(FirstPersonVoice.of("kijkt kritisch naar zichzelf"))
                .containsExactly("kijkt kritisch naar mezelf", "kijkt kritisch naar mijzelf");
    }

    @Test
    void heeftAndIsAtTheOpeningInTheFirstPersonAlsoInverted() {
        assertThat(FirstPersonVoice.of("heeft snel door")).containsExactly("heb snel door", "heb ik snel door");
        assertThat(FirstPersonVoice.of("is er voor")).containsExactly("ben er voor", "ben ik er voor");
    }

    @Test
    void noVoiceForAPhraseWithNeither() {
        assertThat(FirstPersonVoice.of("merkt snel")).isEmpty();
        assertThat(FirstPersonVoice.of("kwetsend is")).isEmpty();
    }
}

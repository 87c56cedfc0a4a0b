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

    @Test
    void theBareFormOfAThirdPersonVerbAtTheOpening() {
        assertThat(FirstPersonVoice.bare("stapt zelf op ... af")).isEqualTo("stap zelf op ... af");
        assertThat(FirstPersonVoice.bare("vindt het boeiend")).isNull();
        assertThat(FirstPersonVoice.bare("is er voor")).isNull();
        assertThat(FirstPersonVoice.bare("zet door")).isNull();
        assertThat(FirstPersonVoice.bare("proactief")).isNull();
    }

    @Test
    void evidenceVoicesKeepTheBareFormOnlyWhereItIsAnotherStem() {
        TextAnalyzer analyzer = CheckFixture.LEXICONS.analyzer;
        assertThat(FirstPersonVoice.voices("stapt zelf op ... af", analyzer)).contains("stap zelf op ... af");
        assertThat(FirstPersonVoice.voices("leeft mee", analyzer)).containsExactly("leeft mee");
    }
}

package org.copydesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PreferencesTest {

    @Test
    void theWaitPreferenceIsReadAmongOthers() {
        assertThat(Preferences.waitOf("wait=5")).contains(Duration.ofSeconds(5));
        assertThat(Preferences.waitOf("respond-async, wait=10")).contains(Duration.ofSeconds(10));
        assertThat(Preferences.waitOf("WAIT = \"3\"; foo=bar, return=minimal")).contains(Duration.ofSeconds(3));
        assertThat(Preferences.waitOf("return=minimal,wait=0")).contains(Duration.ZERO);
    }

    @Test
    void noWaitOrOneNotUnderstoodIsIgnored() {
        assertThat(Preferences.waitOf(null)).isEmpty();
        assertThat(Preferences.waitOf("return=minimal")).isEmpty();
        assertThat(Preferences.waitOf("wait=soon")).isEmpty();
        assertThat(Preferences.waitOf("wait=-1")).isEmpty();
        assertThat(Preferences.waitOf("handling=lenient; wait=5")).isEmpty();
        assertThat(Preferences.waitOf("nowait=5")).isEmpty();
    }
}

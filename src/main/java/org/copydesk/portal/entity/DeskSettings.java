package org.copydesk.portal.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The desk's settings as the console edits them; the API checks and audits every change. */
public class DeskSettings implements Serializable {

    private List<SeparationRule> separationOfDuties = new ArrayList<>();
    private Map<String, Integer> slaMinutes = new LinkedHashMap<>();
    private Long maxUploadBytes;

    public List<SeparationRule> getSeparationOfDuties() {
        return separationOfDuties;
    }

    public void setSeparationOfDuties(List<SeparationRule> separationOfDuties) {
        this.separationOfDuties = separationOfDuties;
    }

    public Map<String, Integer> getSlaMinutes() {
        return slaMinutes;
    }

    public void setSlaMinutes(Map<String, Integer> slaMinutes) {
        this.slaMinutes = slaMinutes;
    }

    public Long getMaxUploadBytes() {
        return maxUploadBytes;
    }

    public void setMaxUploadBytes(Long maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
    }

    /** Whoever did {@code earlier} on an article may not do {@code later}, while enabled. */
    public static class SeparationRule implements Serializable {

        private String earlier;
        private String later;
        private Boolean enabled;

        public String getEarlier() {
            return earlier;
        }

        public void setEarlier(String earlier) {
            this.earlier = earlier;
        }

        public String getLater() {
            return later;
        }

        public void setLater(String later) {
            this.later = later;
        }

        public Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }
    }
}

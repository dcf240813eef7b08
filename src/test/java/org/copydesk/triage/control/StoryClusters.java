package org.copydesk.triage.control;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.triage.entity.StoryFingerprint;

/** Single-link grouping of fingerprints, as the server would group stories: one similar member is enough. */
final class StoryClusters {

    private StoryClusters() {
    }

    static List<List<Integer>> of(List<StoryFingerprint> fingerprints) {
        int[] cluster = new int[fingerprints.size()];
        for (int i = 0; i < cluster.length; i++) {
            cluster[i] = i;
        }
        for (int i = 0; i < cluster.length; i++) {
            for (int j = i + 1; j < cluster.length; j++) {
                if (fingerprints.get(i).sameStoryAs(fingerprints.get(j))) {
                    int from = cluster[j];
                    int to = cluster[i];
                    for (int k = 0; k < cluster.length; k++) {
                        if (cluster[k] == from) {
                            cluster[k] = to;
                        }
                    }
                }
            }
        }
        List<List<Integer>> clusters = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < cluster.length; i++) {
            int id = cluster[i];
            if (!seen.contains(id)) {
                seen.add(id);
                List<Integer> members = new ArrayList<>();
                for (int k = 0; k < cluster.length; k++) {
                    if (cluster[k] == id) {
                        members.add(k);
                    }
                }
                clusters.add(members);
            }
        }
        return clusters;
    }
}

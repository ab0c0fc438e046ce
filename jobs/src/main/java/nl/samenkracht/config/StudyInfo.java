package nl.samenkracht.config;

/** Who and what the study is about; shown on every overview sheet. */
public record StudyInfo(String id, String name, String organisation, String description, Boolean synthetic) {
    public StudyInfo {
        if (synthetic == null) synthetic = false;
        if (description == null) description = "";
        if (organisation == null) organisation = "";
    }
}

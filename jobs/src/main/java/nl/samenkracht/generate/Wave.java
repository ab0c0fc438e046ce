package nl.samenkracht.generate;

/** The two measurement moments of a school year, named as the file names and study.yaml name them. */
enum Wave {
    VOORMETING("voormeting"), NAMETING("nameting");

    final String label;

    Wave(String label) {
        this.label = label;
    }
}

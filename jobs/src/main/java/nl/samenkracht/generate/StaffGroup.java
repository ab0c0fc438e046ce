package nl.samenkracht.generate;

/** New or experienced colleague, with the answer to "Hoe lang werk je op deze school?". */
enum StaffGroup {
    NIEUW("Korter dan een jaar"), ERVAREN("Een jaar of langer");

    final String answer;

    StaffGroup(String answer) {
        this.answer = answer;
    }
}

package nl.samenkracht.generate;

/** Who worked where in a school year, and whether they were new there that year. */
record Employment(Person person, String schoolYear, String location, StaffGroup group) {}

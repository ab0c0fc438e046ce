package nl.samenkracht.ingest.survey;

import nl.samenkracht.ingest.RowAccount;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

/**
 * The canonical survey tables of a run.
 *
 * @param responses   long: one row per submission × item (see {@link SurveyIngest#RESPONSE_COLUMNS})
 * @param openAnswers free-text answers (with file and row), for the researcher workbook only; empty when
 *                    privacy.include_free_text is false
 * @param rejects     rejected rows and unreadable cells, in the shape of {@code Schemas.REJECTS}
 * @param accounts    row accounting per file
 * @param sources     what each file turned out to be
 * @param completion  opened, finished, unfinished and empty questionnaires per instrument × school year × wave × location
 */
public record SurveyData(Dataset<Row> responses, Dataset<Row> openAnswers, Dataset<Row> rejects,
                         List<RowAccount> accounts, List<SourceFile> sources, List<SurveyCompletion> completion) {}

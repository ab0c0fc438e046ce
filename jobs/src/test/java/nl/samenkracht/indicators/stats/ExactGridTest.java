package nl.samenkracht.indicators.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ExactGridTest {
    /**
     * Means of 1–3 answers: denominators 1, 2, 3 → L = 6. As doubles 13/3 − 11/3 =
     * 0.6666666666666665 but 5 − 13/3 = 0.666666666666667 (python3 prints both); on the grid
     * 26 − 22 = 4 and 30 − 26 = 4, a tie as it is in fractions.
     */
    @Test
    void scaleScoresBecomeWholeNumbers() {
        double[] post = {13.0 / 3, 5, 3.5};
        double[] pre = {11.0 / 3, 13.0 / 3, 2};
        assertNotEquals(post[0] - pre[0], post[1] - pre[1]);
        long l = ExactGrid.factor(post, pre);
        assertEquals(6, l);
        double[] x = ExactGrid.scale(post, l);
        double[] y = ExactGrid.scale(pre, l);
        assertArrayEquals(new double[] {26, 30, 21}, x, 0);
        assertArrayEquals(new double[] {22, 26, 12}, y, 0);
        assertEquals(x[0] - y[0], x[1] - y[1], 0);
    }

    @Test
    void wholeAnswersNeedNoScaling() {
        assertEquals(1, ExactGrid.factor(new double[] {1, 2, 5}, new double[] {3, Double.NaN}));
    }

    /** 1/7 and 1/4 → 28; 0.1 → 10; π has no small denominator → the data stay as they are (1). */
    @Test
    void leastCommonMultipleOrNothing() {
        assertEquals(28, ExactGrid.factor(new double[] {1.0 / 7, 0.25}));
        assertEquals(10, ExactGrid.factor(new double[] {0.1, 2}));
        assertEquals(1, ExactGrid.factor(new double[] {0.5, Math.PI}));
    }
}

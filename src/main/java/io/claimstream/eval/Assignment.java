package io.claimstream.eval;

import java.util.Arrays;

/**
 * The optimal one-to-one assignment of rows to columns (Kuhn 1955, Munkres 1957): the Hungarian algorithm with row
 * and column potentials and shortest augmenting paths, O(n²m) for n rows and m ≥ n columns.
 */
final class Assignment {
    private Assignment() {
    }

    /** The largest sum of {@code weight[row][column]} over a matching that pairs every row or every column once. */
    static double maximumWeight(double[][] weight) {
        int rows = weight.length, columns = rows == 0 ? 0 : weight[0].length;
        if (rows == 0 || columns == 0) return 0;
        boolean transpose = rows > columns;
        int n = transpose ? columns : rows, m = transpose ? rows : columns;
        // minimizing the negated weights; index 0 is the algorithm's virtual row and column
        double[] u = new double[n + 1], v = new double[m + 1];
        int[] rowOfColumn = new int[m + 1], way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            rowOfColumn[0] = i;
            int j0 = 0;
            double[] minimum = new double[m + 1];
            Arrays.fill(minimum, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = rowOfColumn[j0], j1 = 0;
                double delta = Double.POSITIVE_INFINITY;
                for (int j = 1; j <= m; j++) {
                    if (used[j]) continue;
                    double cost = -(transpose ? weight[j - 1][i0 - 1] : weight[i0 - 1][j - 1]) - u[i0] - v[j];
                    if (cost < minimum[j]) {
                        minimum[j] = cost;
                        way[j] = j0;
                    }
                    if (minimum[j] < delta) {
                        delta = minimum[j];
                        j1 = j;
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[rowOfColumn[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minimum[j] -= delta;
                    }
                }
                j0 = j1;
            } while (rowOfColumn[j0] != 0);
            do {
                int j1 = way[j0];
                rowOfColumn[j0] = rowOfColumn[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        double total = 0;
        for (int j = 1; j <= m; j++) {
            int i = rowOfColumn[j];
            if (i != 0) total += transpose ? weight[j - 1][i - 1] : weight[i - 1][j - 1];
        }
        return total;
    }
}

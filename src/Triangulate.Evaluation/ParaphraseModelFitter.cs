using Triangulate.Reuse;
using Triangulate.Evaluation;
using Triangulate.Text;

namespace Triangulate.Evaluation;

/// <summary>
/// Fits a <see cref="ParaphraseModel"/>: word weights from the training sentences, L2-regularized logistic regression by
/// Newton's method, and the decision threshold that maximizes accuracy over 5-fold cross-validation on the training pairs.
/// Deterministic: the same pairs give the same model.
/// </summary>
public static class ParaphraseModelFitter
{
    /// <summary>Cross-validation folds used to choose the threshold.</summary>
    public const int Folds = 5;

    /// <summary>L2 penalty on the standardized weights (the intercept is not penalized).</summary>
    public const double Regularization = 1e-3;

    /// <summary>How many of the most frequent stems keep their own weight.</summary>
    public const int KeptWords = 1000;

    private const int MaxIterations = 50;

    /// <summary>
    /// Fits on the training pairs of a paraphrase folder (every labelled pair whose id is not in dev_ids.txt),
    /// writes the model as JSON to <paramref name="outputPath"/> and returns it.
    /// </summary>
    public static ParaphraseModel FitDirectory(string directory, string outputPath)
    {
        var devIds = ParaphraseCorpus.ReadDevIds(directory) ?? new HashSet<string>();
        var training = ParaphraseCorpus.ReadPairs(directory).Where(pair => !devIds.Contains(pair.Id)).ToList();
        var model = Fit(training);
        File.WriteAllText(outputPath, model.ToJson() + Environment.NewLine);
        return model;
    }

    /// <summary>Fits on <paramref name="trainingPairs"/>; pairs without a label are ignored.</summary>
    public static ParaphraseModel Fit(IReadOnlyList<ParaphrasePair> trainingPairs)
    {
        var labelled = trainingPairs.Where(pair => pair.IsParaphrase is not null).ToList();
        if (labelled.Count == 0)
        {
            throw new ArgumentException("No labelled pairs to fit on.", nameof(trainingPairs));
        }

        var profiles = labelled.Select(pair => (First: TextProfiler.Profile(pair.First), Second: TextProfiler.Profile(pair.Second))).ToList();
        var words = WordWeights.Learn(profiles.SelectMany(pair => new[] { pair.First, pair.Second }), KeptWords);
        var features = profiles.Select(pair => ParaphraseFeatures.Compute(pair.First, pair.Second, words)).ToArray();
        var labels = labelled.Select(pair => pair.IsParaphrase == true).ToArray();

        var (means, scales) = Standardization(features);
        var standardized = features.Select(row => row.Select((value, i) => (value - means[i]) / scales[i]).ToArray()).ToArray();
        var threshold = CrossValidatedThreshold(standardized, labels);
        var (weights, bias) = FitLogistic(standardized, labels);
        return new ParaphraseModel(ParaphraseFeatures.Names, means, scales, weights, Math.Round(bias, 6), threshold, words);
    }

    private static (double[] Means, double[] Scales) Standardization(double[][] rows)
    {
        var count = rows[0].Length;
        var means = new double[count];
        var scales = new double[count];
        for (var i = 0; i < count; i++)
        {
            var mean = rows.Average(row => row[i]);
            var deviation = Math.Sqrt(rows.Average(row => (row[i] - mean) * (row[i] - mean)));
            means[i] = Math.Round(mean, 6);
            scales[i] = deviation > 1e-9 ? Math.Round(deviation, 6) : 1;
        }

        return (means, scales);
    }

    /// <summary>The threshold in [0.2, 0.8] with the best out-of-fold accuracy; ties go to the one nearest 0.5.</summary>
    private static double CrossValidatedThreshold(double[][] rows, bool[] labels)
    {
        var outOfFold = new double[rows.Length];
        for (var fold = 0; fold < Folds; fold++)
        {
            var training = Enumerable.Range(0, rows.Length).Where(i => i % Folds != fold).ToArray();
            if (training.Length == 0 || training.Length == rows.Length)
            {
                continue;
            }

            var (weights, bias) = FitLogistic(training.Select(i => rows[i]).ToArray(), training.Select(i => labels[i]).ToArray());
            for (var i = fold; i < rows.Length; i += Folds)
            {
                outOfFold[i] = Sigmoid(Score(rows[i], weights, bias));
            }
        }

        var best = 0.5;
        var bestCorrect = -1;
        foreach (var candidate in Enumerable.Range(20, 61).Select(step => step / 100.0).OrderBy(value => Math.Abs(value - 0.5)))
        {
            var correct = Enumerable.Range(0, rows.Length).Count(i => outOfFold[i] >= candidate == labels[i]);
            if (correct > bestCorrect)
            {
                (best, bestCorrect) = (candidate, correct);
            }
        }

        return best;
    }

    /// <summary>Minimizes mean log loss plus <see cref="Regularization"/>/2 · |w|² by Newton's method.</summary>
    private static (double[] Weights, double Bias) FitLogistic(double[][] rows, bool[] labels)
    {
        var count = rows[0].Length;
        var theta = new double[count + 1];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var gradient = new double[count + 1];
            var hessian = new double[count + 1, count + 1];
            for (var r = 0; r < rows.Length; r++)
            {
                var p = Sigmoid(Score(rows[r], theta.AsSpan(0, count), theta[count]));
                var error = p - (labels[r] ? 1 : 0);
                var curvature = p * (1 - p);
                for (var i = 0; i <= count; i++)
                {
                    var xi = i < count ? rows[r][i] : 1;
                    gradient[i] += error * xi / rows.Length;
                    for (var j = 0; j <= i; j++)
                    {
                        hessian[i, j] += curvature * xi * (j < count ? rows[r][j] : 1) / rows.Length;
                    }
                }
            }

            for (var i = 0; i <= count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    hessian[j, i] = hessian[i, j];
                }

                gradient[i] += i < count ? Regularization * theta[i] : 0;
                hessian[i, i] += i < count ? Regularization : 1e-9;
            }

            var step = Solve(hessian, gradient);
            var largest = 0.0;
            for (var i = 0; i <= count; i++)
            {
                theta[i] -= step[i];
                largest = Math.Max(largest, Math.Abs(step[i]));
            }

            if (largest < 1e-9)
            {
                break;
            }
        }

        return (theta[..count].Select(weight => Math.Round(weight, 6)).ToArray(), theta[count]);
    }

    private static double Score(double[] row, ReadOnlySpan<double> weights, double bias)
    {
        var score = bias;
        for (var i = 0; i < weights.Length; i++)
        {
            score += weights[i] * row[i];
        }

        return score;
    }

    private static double Sigmoid(double score) => 1 / (1 + Math.Exp(-score));

    /// <summary>Solves <paramref name="matrix"/> · x = <paramref name="vector"/> by Gaussian elimination with partial pivoting.</summary>
    private static double[] Solve(double[,] matrix, double[] vector)
    {
        var n = vector.Length;
        var a = (double[,])matrix.Clone();
        var b = (double[])vector.Clone();
        for (var column = 0; column < n; column++)
        {
            var pivot = column;
            for (var row = column + 1; row < n; row++)
            {
                if (Math.Abs(a[row, column]) > Math.Abs(a[pivot, column]))
                {
                    pivot = row;
                }
            }

            for (var k = 0; k < n; k++)
            {
                (a[column, k], a[pivot, k]) = (a[pivot, k], a[column, k]);
            }

            (b[column], b[pivot]) = (b[pivot], b[column]);
            for (var row = column + 1; row < n; row++)
            {
                var factor = a[row, column] / a[column, column];
                for (var k = column; k < n; k++)
                {
                    a[row, k] -= factor * a[column, k];
                }

                b[row] -= factor * b[column];
            }
        }

        var x = new double[n];
        for (var row = n - 1; row >= 0; row--)
        {
            var sum = b[row];
            for (var k = row + 1; k < n; k++)
            {
                sum -= a[row, k] * x[k];
            }

            x[row] = sum / a[row, row];
        }

        return x;
    }
}

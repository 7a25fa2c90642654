namespace Triangulate.Evaluation;

/// <summary>Counts behind precision, recall and F1.</summary>
public readonly record struct PrecisionRecall(int Correct, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PrecisionRecall operator +(PrecisionRecall a, PrecisionRecall b) =>
        new(a.Correct + b.Correct, a.Predicted + b.Predicted, a.Gold + b.Gold);
}

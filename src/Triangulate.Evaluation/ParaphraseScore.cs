namespace Triangulate.Evaluation;

/// <summary>Paraphrase detection scores over <see cref="Pairs"/> scored pairs; the positive class is "paraphrase". Values are fractions (0..1).</summary>
public sealed record ParaphraseScore(int Pairs, double Accuracy, double Precision, double Recall, double F1);

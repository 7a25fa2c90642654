namespace Triangulate.Text;

/// <summary>
/// The value of a number expression. <see cref="IsExact"/> is false for vague quantities ("dozens", "tens of thousands"),
/// whose <see cref="Value"/> is a conventional lower estimate.
/// </summary>
public readonly record struct NumberValue(double Value, bool IsExact);

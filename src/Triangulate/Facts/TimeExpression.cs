namespace Triangulate.Facts;

/// <summary>
/// A time expression found in a text, normalised as TimeML does: <paramref name="Value"/> is "2024-03-15",
/// "2024-W10", "2024-03", "2024-Q1", "P3Y", "PRESENT_REF", ... resolved against the article's date.
/// </summary>
/// <param name="Start">Character offset of the expression in the text.</param>
/// <param name="Modifier">TimeML mod: START, MID, END, APPROX, MORE_THAN, LESS_THAN, or null.</param>
/// <param name="Rule">The name of the rule that found it, for explaining the result.</param>
public sealed record TimeExpression(int Start, int Length, string Text, TimexType Type, string Value, string? Modifier, string Rule)
{
    public int End => Start + Length;

    /// <summary>The calendar interval a DATE value covers, when it names one; null for durations, sets and references.</summary>
    public (DateOnly First, DateOnly Last)? Interval => TimexValue.Interval(Value);
}

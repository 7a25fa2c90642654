namespace Triangulate.Text;

/// <summary>
/// How long one match of a pattern over untrusted text may run before the input is refused as hostile. The patterns are bounded and
/// take microseconds; the budget is wall-clock time, so it is set far above any match a busy machine can delay
/// (at one second, inputs were refused at random when other work held both cores).
/// </summary>
internal static class RegexBudget
{
    public const int Milliseconds = 15_000;
}

namespace Triangulate.Tests;

/// <summary>A clock that always reads the same instant, so a test shows what a stage does at a given date.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public FixedClock(int year, int month = 6, int day = 1)
        : this(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() => now;
}
